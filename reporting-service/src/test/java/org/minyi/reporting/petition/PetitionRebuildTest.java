package org.minyi.reporting.petition;

import org.junit.jupiter.api.Test;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The petition facts replayed from the topic are the incrementally built ones, with every kind of step: early
 * steps, a redelivery, a duplicate in content, an extension, a review round, a not-accepted petition. It counts
 * every petition: a context of its own.
 */
@TestPropertySource(properties = ReportingApiTest.OWN_CONTEXT + "=petition-rebuild")
class PetitionRebuildTest extends ReportingApiTest {

    private static final String A = "339901107";
    private static final List<String> TABLES = List.of("petition_fact", "petition_round_fact");

    @Test
    void petitionFactsAreTheSameAfterAReplay() {
        try (EventFeed feed = newFeed()) {
            for (int i = 0; i < 6; i++) {
                String day = "2026-03-%02d".formatted(1 + i);
                PetitionEvents p = new PetitionEvents(feed, A, i % 2 == 0 ? "339901107201" : null, day);
                if (i % 3 == 0) {
                    // Registration before receipt.
                    p.registered(day, "LAND", List.of("REPEAT"), null, "2026-03-20", "2026-03-31");
                    p.received("VISIT", 5 + i);
                } else {
                    PublicEvent receipt = p.received("LETTER", null);
                    feed.resend(Topics.PETITION_EVENTS, receipt);
                    p.registered(day, "LABOUR", List.of("LEVEL_SKIPPING"), null, "2026-03-20", "2026-03-31");
                }
                p.deadlinesSet("2026-03-20", "2026-03-31");
                if (i == 5) {
                    p.notAccepted("2026-03-15", "2026-03-31", "2026-03-30");
                    p.answered("2026-03-25", "2026-03-30", "2026-04-24");
                    continue;
                }
                p.assigned("2026-03-10", "339901107-ZF", "2026-03-31", "2026-05-09");
                if (i % 2 == 1) {
                    p.extended("2026-05-01", 10, "2026-05-09", "2026-05-19");
                    p.extended("2026-05-01", 10, "2026-05-09", "2026-05-19");
                }
                p.completed("2026-05-05", i % 2 == 1 ? "2026-05-19" : "2026-05-09", "2026-05-20");
                p.answered("2026-05-10", "2026-05-20", "2026-06-09");
                p.returnVisited("2026-05-15", i == 0 ? "UNSATISFIED" : "SATISFIED", "2026-06-09");
                if (i == 0) {
                    p.reviewRequested("2026-05-20", "2026-06-09", "2026-07-19");
                    p.completed("2026-06-01", "2026-07-19", "2026-06-16");
                }
            }
            feed.awaitApplied();
        }
        Map<String, TreeSet<String>> incremental = snapshot(TABLES);
        assertThat(incremental.get("petition_fact")).hasSize(6);

        rebuildAndWait();

        assertThat(snapshot(TABLES)).isEqualTo(incremental);
    }
}
