package org.minyi.reporting.proposal;

import org.junit.jupiter.api.Test;
import org.minyi.contract.EventTypes;
import org.minyi.platform.consuming.ReadModelRebuild;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.ReportingApiTest;
import org.minyi.reporting.proposal.view.ProposalFactsProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal facts replayed from the topic are the same as built incrementally: the ordinal keys of
 * implementation and supervision records, the rounds, conversions and signatures all come out identical, and so
 * do the reports.
 */
@TestPropertySource(properties = ReportingApiTest.OWN_CONTEXT + "=rebuild")
class ProposalRebuildTest extends ReportingApiTest {

    private static final List<String> TOWNSHIPS = List.of("339901001", "339901002");

    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    ProposalFactsProjection projection;

    @Test
    void theProposalFactsAndReportsAreTheSameAfterAReplay() {
        try (ProposalEvents e = new ProposalEvents(newFeed())) {
            for (int i = 0; i < 24; i++) {
                String t = TOWNSHIPS.get(i % 2);
                String id = UUID.randomUUID().toString();
                LocalDate submitted = LocalDate.of(2025, 1 + i % 6, 1 + i);
                boolean motion = i % 3 == 0;
                e.send(EventTypes.PROPOSAL_SUBMITTED, id, t, """
                        {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","kind":"%s","congressLevel":"TOWNSHIP",
                         "category":"ECONOMY","submittedOn":"%s","leadDeputyId":"%s","coSignerIds":["%s","%s"],
                         "signerCount":3,"recordedBy":"t"}""".formatted(id, t, t, motion ? "MOTION" : "SUGGESTION", submitted,
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
                if (motion && i % 2 == 0) {
                    e.send(EventTypes.PROPOSAL_CONVERTED, id, t, """
                            {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","convertedOn":"%s","kind":"SUGGESTION",
                             "recordedBy":"t"}""".formatted(id, t, t, submitted));
                }
                if (i % 8 == 7) {
                    e.send(EventTypes.PROPOSAL_REJECTED, id, t, """
                            {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","rejectedOn":"%s","recordedBy":"t"}"""
                            .formatted(id, t, t, submitted.plusDays(1)));
                    continue;
                }
                e.registered(id, t, t, submitted.plusDays(1).toString());
                LocalDate assigned = submitted.plusDays(3);
                e.assigned(id, t, t, assigned.toString(), t + "-ZF", i % 5 == 0, assigned.plusMonths(3).toString());
                if (i % 4 == 1) {
                    continue; // pending
                }
                if (i % 3 == 1) {
                    e.waived(id, t, t, 1, assigned.plusDays(2).toString());
                } else {
                    e.consulted(id, t, t, 1, assigned.plusDays(2).toString());
                    e.consulted(id, t, t, 1, assigned.plusDays(4).toString());
                }
                String replyClass = List.of("A", "B", "C").get(i % 3);
                LocalDate replied = assigned.plusDays(5 + 20L * (i % 6));
                e.replied(id, t, t, 1, replied.toString(), replyClass, i % 3 != 1, assigned.plusMonths(3).toString());
                if (replyClass.equals("B")) {
                    e.send(EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED, id, t, """
                            {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","recordedOn":"%s","implemented":false,
                             "recordedBy":"t"}""".formatted(id, t, t, replied.plusDays(5)));
                    e.send(EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED, id, t, """
                            {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","recordedOn":"%s","implemented":true,
                             "recordedBy":"t"}""".formatted(id, t, t, replied.plusDays(5)));
                }
                LocalDate evaluated = replied.plusDays(10);
                boolean unsatisfied = i % 4 == 0;
                e.evaluated(id, t, t, 1, evaluated.toString(), unsatisfied ? "UNSATISFIED" : "SATISFIED");
                if (unsatisfied) {
                    e.rehandling(id, t, t, 2, evaluated.toString(), evaluated.plusMonths(3).toString());
                    e.consulted(id, t, t, 2, evaluated.plusDays(1).toString());
                    e.replied(id, t, t, 2, evaluated.plusDays(30).toString(), "A", true, evaluated.plusMonths(3).toString());
                } else {
                    e.closed(id, t, t, 1, evaluated.toString());
                }
                e.send(EventTypes.PROPOSAL_SUPERVISION_RECORDED, id, t, """
                        {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","on":"%s","type":"PROGRESS_REPORT",
                         "recordedBy":"t"}""".formatted(id, t, t, evaluated.plusDays(40)));
            }
            e.feed().awaitApplied();
        }
        assertThat(rebuild.tables()).containsAll(projection.tables());
        Map<String, TreeSet<String>> incremental = snapshot(projection.tables());
        assertThat(incremental.get("proposal_fact")).hasSize(24);
        assertThat(incremental.get("proposal_implementation_fact")).isNotEmpty();
        String reportQuery = "/api/reports/proposals/rates?groupBy=township&from=2025-01-01&to=2025-12-31&asOf=2025-12-31";
        String reportBefore = api().get(reportQuery, Tokens.viewer()).body();

        rebuildAndWait();

        assertThat(snapshot(projection.tables())).isEqualTo(incremental);
        assertThat(api().get(reportQuery, Tokens.viewer()).body()).isEqualTo(reportBefore);
    }
}
