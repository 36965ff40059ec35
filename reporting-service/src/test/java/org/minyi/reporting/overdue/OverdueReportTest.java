package org.minyi.reporting.overdue;

import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import org.minyi.reporting.petition.PetitionEvents;
import org.minyi.reporting.proposal.ProposalEvents;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The combined overdue list: petition and proposal steps past their deadline, worked out by hand. */
class OverdueReportTest extends ReportingApiTest {

    private static final String TOWNSHIP = "339901203";
    private static final String UNIT = "339901203-ZF";

    @Test
    void everyStepPastItsDeadlineLongestOverdueFirstWithItsUnit() throws Exception {
        String proposal = UUID.randomUUID().toString();
        PetitionEvents notDisposed;
        PetitionEvents notCompleted;
        try (EventFeed feed = newFeed()) {
            // P: received 05-01, registered 05-02, never disposed of: disposition due 05-16.
            notDisposed = new PetitionEvents(feed, TOWNSHIP, null, "2025-05-01");
            notDisposed.received("LETTER", null);
            notDisposed.deadlinesSet("2025-05-04", "2025-05-16");
            notDisposed.registered("2025-05-02", "OTHER", List.of(), null, "2025-05-04", "2025-05-16");
            // Q: received 03-01, assigned 03-05 to the township government, completion due 05-04, never completed.
            notCompleted = new PetitionEvents(feed, TOWNSHIP, null, "2025-03-01");
            notCompleted.received("VISIT", 1);
            notCompleted.deadlinesSet("2025-03-04", "2025-03-16");
            notCompleted.registered("2025-03-02", "OTHER", List.of(), null, "2025-03-04", "2025-03-16");
            notCompleted.assigned("2025-03-05", UNIT, "2025-03-16", "2025-05-04");
            // R: a suggestion assigned 01-15 to the same unit, reply due 04-15, no reply.
            ProposalEvents proposals = new ProposalEvents(feed);
            proposals.submitted(proposal, TOWNSHIP, TOWNSHIP, "SUGGESTION", "ECONOMY", null, "2025-01-10");
            proposals.registered(proposal, TOWNSHIP, TOWNSHIP, "2025-01-12");
            proposals.assigned(proposal, TOWNSHIP, TOWNSHIP, "2025-01-15", UNIT, false, "2025-04-15");
            feed.awaitApplied();
        }

        JsonNode report = read("/api/reports/overdue?townshipCode=" + TOWNSHIP + "&asOf=2025-06-30");
        List<JsonNode> items = new ArrayList<>();
        report.path("items").forEach(items::add);
        // R: 04-15 → 06-30 = 15 + 31 + 30 = 76 days; Q: 05-04 → 06-30 = 27 + 30 = 57; P: 05-16 → 06-30 = 15 + 30 = 45.
        assertThat(items).extracting(i -> i.path("id").asString())
                .containsExactly(proposal, notCompleted.id, notDisposed.id);
        // The petition steps in the contract's vocabulary (PetitionSupervised's step, petition-service's due step).
        assertThat(items).extracting(i -> i.path("kind").asString() + " " + i.path("step").asString() + " "
                        + i.path("deadline").asString() + " " + i.path("daysOverdue").asLong())
                .containsExactly("PROPOSAL REPLY 2025-04-15 76", "PETITION COMPLETE 2025-05-04 57",
                        "PETITION DISPOSE 2025-05-16 45");
        assertThat(items.get(1).path("unitName").asString()).isEqualTo("高坪乡人民政府");
        // On the disposition deadline itself P is not yet overdue; the day after, it is (1 day).
        assertThat(read("/api/reports/overdue?townshipCode=" + TOWNSHIP + "&asOf=2025-05-16").toString())
                .doesNotContain(notDisposed.id);
        assertThat(read("/api/reports/overdue?townshipCode=" + TOWNSHIP + "&asOf=2025-05-17").toString())
                .contains(notDisposed.id);
        assertThat(api().get("/api/reports/overdue?townshipCode=" + TOWNSHIP, Tokens.clerk("339901101")).status())
                .isEqualTo(403);
    }

    @Test
    void theLedgerNamesEachStepInChinese() throws Exception {
        String township = "339901202";
        String proposal = UUID.randomUUID().toString();
        try (EventFeed feed = newFeed()) {
            PetitionEvents notRegistered = new PetitionEvents(feed, township, null, "2025-05-01");
            notRegistered.received("LETTER", null);
            notRegistered.deadlinesSet("2025-05-04", "2025-05-16");
            ProposalEvents proposals = new ProposalEvents(feed);
            proposals.submitted(proposal, township, township, "SUGGESTION", "ECONOMY", null, "2025-01-10");
            proposals.assigned(proposal, township, township, "2025-01-15", township + "-ZF", false, "2025-04-15");
            feed.awaitApplied();
        }
        // 04-15 → 06-30 = 15 + 31 + 30 = 76 days; 05-04 → 06-30 = 27 + 30 = 57; the petition has no unit yet.
        var csv = download("/api/reports/overdue?townshipCode=" + township + "&asOf=2025-06-30", "text/csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF类别,编号,环节,期限,逾期天数,承办单位");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.replaceFirst(",[0-9a-f-]{36},", ",<id>,"))
                .containsExactly("代表建议,<id>,答复代表,2025-04-15,76,石门乡人民政府", "信访,<id>,登记,2025-05-04,57,");
    }
}
