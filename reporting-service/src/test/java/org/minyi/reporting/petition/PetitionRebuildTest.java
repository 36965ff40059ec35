package org.minyi.reporting.petition;

import org.junit.jupiter.api.Test;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.minyi.platform.testing.TestTokenIssuer;
import org.minyi.reporting.EventFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The petition facts replayed from the topic are the incrementally built ones, with every kind of step: early
 * steps, a redelivery, a duplicate in content, an extension, a review round, a not-accepted petition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(topics = {Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS}, partitions = 3)
class PetitionRebuildTest {

    private static final String A = "339901107";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reporting_petition_rebuild");
    }

    @Test
    void petitionFactsAreTheSameAfterAReplay() {
        try (EventFeed feed = new EventFeed(jdbc)) {
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
        TreeMap<String, TreeSet<String>> incremental = snapshot();
        assertThat(incremental.get("petition_fact")).hasSize(6);
        long consumed = count();

        String admin = TestTokenIssuer.get().token("demo-admin", "COUNTY_ADMIN", List.of());
        ApiClient api = new ApiClient("http://localhost:" + port);
        var started = api.post("/api/reports/rebuild", admin, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("/api/reports/rebuild", admin).json().path("lag").asLong() == 0 && count() == consumed);

        assertThat(snapshot()).isEqualTo(incremental);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single();
    }

    private TreeMap<String, TreeSet<String>> snapshot() {
        TreeMap<String, TreeSet<String>> tables = new TreeMap<>();
        for (String table : List.of("petition_fact", "petition_round_fact")) {
            tables.put(table, new TreeSet<>(jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                    .map(row -> new TreeMap<>(row).toString()).toList()));
        }
        return tables;
    }
}
