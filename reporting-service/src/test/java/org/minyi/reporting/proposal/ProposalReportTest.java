package org.minyi.reporting.proposal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.ReportingApiTest;
import org.minyi.reporting.kernel.OverdueItem;
import org.minyi.reporting.proposal.view.ProposalReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposal rates from proposal events on a real broker, read over HTTP, every figure worked out by hand.
 * Deadlines: assignment + 3 calendar months (6 when complex); a re-handling round the same from its start.
 *
 * <pre>
 * Township T1 = 339901101, cohort submitted in 2025:
 *  P1 submitted 01-10, reg 01-12, assigned 01-15 to T1-ZF, due 04-15; consulted 04-10; replied 04-20 A (LATE);
 *     evaluated 05-01 SATISFIED, closed. MOTION, ECONOMY, session S18-4.
 *  P2 submitted 09-01, reg 09-02, assigned 10-10 to T1-NY, COMPLEX, due 2026-04-10; no reply (IN PROGRESS).
 *  P3 submitted 02-01, reg 02-03, assigned 02-05 to T1-NY, due 05-05; waived 03-01; no reply (OVERDUE).
 *  P4 submitted 03-01 as MOTION, reg 03-02, converted to SUGGESTION 03-03, assigned 03-05 to T1-ZF, due 06-05;
 *     WAIVED 03-20; replied 04-01 C (on time); evaluated 04-15 BASICALLY_SATISFIED, closed.
 *  P5 submitted 01-05, reg 01-06, assigned 01-08 to T1-ZF, due 04-08, session S18-4;
 *     round 1: consulted 02-01, replied 03-01 C (on time), evaluated 03-10 UNSATISFIED;
 *     round 2 started 03-10, due 06-10: consulted 03-20, replied 04-15 B, evaluated 04-25 UNSATISFIED;
 *     round 3 started 04-25, due 07-25: consulted 05-05, replied 06-01 A, evaluated 06-10 SATISFIED, closed.
 *  P6 county congress 339901, submitted 02-10, reg 02-11, assigned 02-15 to county unit 339901-JT, due 05-15;
 *     consulted 03-01, replied 03-15 B (on time), evaluated 03-25 SATISFIED, closed; implemented 09-05 (AFTER closing).
 *  P7 submitted 04-01, rejected 04-03.
 *  P8 submitted 12-20, nothing else.
 * Township T2 = 339901102:
 *  Q1 submitted 03-03, reg 03-04, assigned 03-10 to T2-ZF, due 06-10; consulted 03-20; replied 05-01 A (on time);
 *     evaluated 05-10 UNSATISFIED; round 2 started 05-10, due 08-10, no reply (OVERDUE in round 2).
 *  Q2 submitted 04-01, reg 04-02, assigned 04-05 to T2-ZF, due 07-05; waived 04-10; replied 07-10 B (LATE);
 *     evaluated 07-20 SATISFIED, closed.
 * Township T3 = 339901103: nothing (an empty cohort).
 * </pre>
 * The county's figures and its overdue list count every proposal: a context of its own, shared only with
 * PetitionRatesTest, which sends no proposal.
 */
@TestPropertySource(properties = ReportingApiTest.OWN_CONTEXT + "=county-cohorts")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalReportTest extends ReportingApiTest {

    private static final String T1 = "339901101";
    private static final String T2 = "339901102";
    private static final String T3 = "339901103";
    private static final String COUNTY = "339901";
    private static final String P1 = UUID.randomUUID().toString();
    private static final String P2 = UUID.randomUUID().toString();
    private static final String P3 = UUID.randomUUID().toString();
    private static final String P4 = UUID.randomUUID().toString();
    private static final String P5 = UUID.randomUUID().toString();
    private static final String P6 = UUID.randomUUID().toString();
    private static final String P7 = UUID.randomUUID().toString();
    private static final String P8 = UUID.randomUUID().toString();
    private static final String Q1 = UUID.randomUUID().toString();
    private static final String Q2 = UUID.randomUUID().toString();
    private static final String COHORT_2025 = "&from=2025-01-01&to=2025-12-31";

    @Autowired
    ProposalReports reports;

    @BeforeAll
    void sendTheYear() {
        try (ProposalEvents e = new ProposalEvents(newFeed())) {
            e.submitted(P1, T1, T1, "MOTION", "ECONOMY", "S18-4", "2025-01-10");
            e.registered(P1, T1, T1, "2025-01-12");
            e.assigned(P1, T1, T1, "2025-01-15", "339901101-ZF", false, "2025-04-15");
            e.consulted(P1, T1, T1, 1, "2025-04-10");
            PublicEvent lateReply = e.replied(P1, T1, T1, 1, "2025-04-20", "A", true, "2025-04-15");
            // A redelivery of the reply: it must change nothing (P1's evaluation follows it on the same partition).
            e.feed().resend(Topics.PROPOSAL_EVENTS, lateReply);
            e.evaluated(P1, T1, T1, 1, "2025-05-01", "SATISFIED");
            e.closed(P1, T1, T1, 1, "2025-05-01");

            e.submitted(P2, T1, T1, "SUGGESTION", "AGRICULTURE", null, "2025-09-01");
            e.registered(P2, T1, T1, "2025-09-02");
            e.assigned(P2, T1, T1, "2025-10-10", "339901101-NY", true, "2026-04-10");

            e.submitted(P3, T1, T1, "SUGGESTION", "AGRICULTURE", null, "2025-02-01");
            e.registered(P3, T1, T1, "2025-02-03");
            e.assigned(P3, T1, T1, "2025-02-05", "339901101-NY", false, "2025-05-05");
            e.waived(P3, T1, T1, 1, "2025-03-01");

            e.submitted(P4, T1, T1, "MOTION", "AGRICULTURE", null, "2025-03-01");
            e.registered(P4, T1, T1, "2025-03-02");
            e.send(EventTypes.PROPOSAL_CONVERTED, P4, T1, """
                    {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","convertedOn":"2025-03-03","kind":"SUGGESTION",
                     "recordedBy":"t"}""".formatted(P4, T1, T1));
            e.assigned(P4, T1, T1, "2025-03-05", "339901101-ZF", false, "2025-06-05");
            e.waived(P4, T1, T1, 1, "2025-03-20");
            e.replied(P4, T1, T1, 1, "2025-04-01", "C", false, "2025-06-05");
            e.evaluated(P4, T1, T1, 1, "2025-04-15", "BASICALLY_SATISFIED");
            e.closed(P4, T1, T1, 1, "2025-04-15");

            e.submitted(P5, T1, T1, "SUGGESTION", "AGRICULTURE", "S18-4", "2025-01-05");
            e.registered(P5, T1, T1, "2025-01-06");
            e.assigned(P5, T1, T1, "2025-01-08", "339901101-ZF", false, "2025-04-08");
            e.consulted(P5, T1, T1, 1, "2025-02-01");
            e.replied(P5, T1, T1, 1, "2025-03-01", "C", true, "2025-04-08");
            e.evaluated(P5, T1, T1, 1, "2025-03-10", "UNSATISFIED");
            PublicEvent round2 = e.rehandling(P5, T1, T1, 2, "2025-03-10", "2025-06-10");
            e.feed().resend(Topics.PROPOSAL_EVENTS, round2);
            e.consulted(P5, T1, T1, 2, "2025-03-20");
            e.replied(P5, T1, T1, 2, "2025-04-15", "B", true, "2025-06-10");
            e.evaluated(P5, T1, T1, 2, "2025-04-25", "UNSATISFIED");
            e.rehandling(P5, T1, T1, 3, "2025-04-25", "2025-07-25");
            e.consulted(P5, T1, T1, 3, "2025-05-05");
            e.replied(P5, T1, T1, 3, "2025-06-01", "A", true, "2025-07-25");
            e.evaluated(P5, T1, T1, 3, "2025-06-10", "SATISFIED");
            e.closed(P5, T1, T1, 3, "2025-06-10");

            e.submitted(P6, COUNTY, T1, "SUGGESTION", "AGRICULTURE", null, "2025-02-10");
            e.registered(P6, COUNTY, T1, "2025-02-11");
            e.assigned(P6, COUNTY, T1, "2025-02-15", "339901-JT", false, "2025-05-15");
            e.consulted(P6, COUNTY, T1, 1, "2025-03-01");
            e.replied(P6, COUNTY, T1, 1, "2025-03-15", "B", true, "2025-05-15");
            e.evaluated(P6, COUNTY, T1, 1, "2025-03-25", "SATISFIED");
            e.closed(P6, COUNTY, T1, 1, "2025-03-25");
            PublicEvent implemented = e.send(EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED, P6, T1, """
                    {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","recordedOn":"2025-09-05","implemented":true,
                     "recordedBy":"t"}""".formatted(P6, COUNTY, T1));
            e.feed().resend(Topics.PROPOSAL_EVENTS, implemented);
            e.send(EventTypes.PROPOSAL_SUPERVISION_RECORDED, P6, T1, """
                    {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","on":"2025-09-10","type":"PUBLIC_DISCLOSURE",
                     "recordedBy":"t"}""".formatted(P6, COUNTY, T1));

            e.submitted(P7, T1, T1, "SUGGESTION", "AGRICULTURE", null, "2025-04-01");
            e.send(EventTypes.PROPOSAL_REJECTED, P7, T1, """
                    {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","rejectedOn":"2025-04-03","recordedBy":"t"}"""
                    .formatted(P7, T1, T1));

            e.submitted(P8, T1, T1, "SUGGESTION", "AGRICULTURE", null, "2025-12-20");

            e.submitted(Q1, T2, T2, "SUGGESTION", "ECONOMY", null, "2025-03-03");
            e.registered(Q1, T2, T2, "2025-03-04");
            e.assigned(Q1, T2, T2, "2025-03-10", "339901102-ZF", false, "2025-06-10");
            e.consulted(Q1, T2, T2, 1, "2025-03-20");
            e.replied(Q1, T2, T2, 1, "2025-05-01", "A", true, "2025-06-10");
            e.evaluated(Q1, T2, T2, 1, "2025-05-10", "UNSATISFIED");
            e.rehandling(Q1, T2, T2, 2, "2025-05-10", "2025-08-10");

            e.submitted(Q2, T2, T2, "SUGGESTION", "ECONOMY", null, "2025-04-01");
            e.registered(Q2, T2, T2, "2025-04-02");
            e.assigned(Q2, T2, T2, "2025-04-05", "339901102-ZF", false, "2025-07-05");
            e.waived(Q2, T2, T2, 1, "2025-04-10");
            e.replied(Q2, T2, T2, 1, "2025-07-10", "B", false, "2025-07-05");
            e.evaluated(Q2, T2, T2, 1, "2025-07-20", "SATISFIED");
            e.closed(Q2, T2, T2, 1, "2025-07-20");
            e.feed().awaitApplied();
        }
    }

    @Test
    void theYearOfATownshipWithEveryMetricWorkedOutByHand() {
        JsonNode r = report("townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-12-31");
        // reply: replied P1 P4 P5 P6 = 4; due = those + P3 (past 05-05) = 5; P2 is in progress (due 2026-04-10).
        // On time (first reply): P4 04-01 ≤ 06-05, P5 03-01 ≤ 04-08, P6 03-15 ≤ 05-15 = 3; P1 04-20 > 04-15 is late.
        assertStep(r.path("reply"), 4, 5, "0.8", 3, "0.6", 1);
        // consultation: P1, P5, P6 consulted before their first reply; P4 waived: 3 / 4.
        assertMetric(r.path("consultation"), 3, 4, "0.75");
        // resolution: latest reply A: P1, P5 (round 3); P4 C, P6 B: 2 / 4.
        assertMetric(r.path("resolution"), 2, 4, "0.5");
        // implementation: P1 A, P5 A, P6 B implemented on 09-05: 3 / 4.
        assertMetric(r.path("implementation"), 3, 4, "0.75");
        // satisfaction: latest evaluations P1 SAT, P4 BASIC, P5 SAT (round 3), P6 SAT: 4 / 4.
        assertMetric(r.path("satisfaction"), 4, 4, "1");
        // first-time: P5 was unsatisfied in round 1: 3 / 4.
        assertMetric(r.path("firstTimeSatisfaction"), 3, 4, "0.75");
        // submitted P1–P8; registered P1–P6; rejected P7; re-handled P5.
        assertCounts(r.path("counts"), 8, 6, 1, 1);
    }

    @Test
    void theLedgerFileCarriesTheSameFiguresWithNumeratorsAndDenominators() throws Exception {
        var response = download("/api/reports/proposals/rates?townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-12-31",
                "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new String(response.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF乡镇,答复率分子,答复率分母,答复率,按时答复,按时答复率,办理中,面商率分子");
        // The same figures as theYearOfATownshipWithEveryMetricWorkedOutByHand: reply 4/5 = 80%, 3 on time (60%),
        // 1 in progress; consultation 3/4; resolution 2/4; implementation 3/4; satisfaction 4/4; first time 3/4; counts.
        assertThat(lines.get(1)).isEqualTo("青石镇,4,5,80,3,60,1,3,4,75,2,4,50,3,4,75,4,4,100,3,4,75,8,6,1,1");
    }

    @Test
    void asOfADateInTheMiddleOfTheFlowStepsDatedLaterHaveNotHappened() {
        // On 2025-04-18: submitted by then P1 P3 P4 P5 P6 P7 = 6 (P2 09-01, P8 12-20 later); P7 rejected 04-03.
        JsonNode r = report("townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-04-18");
        assertCounts(r.path("counts"), 6, 5, 1, 1);
        // reply: replied P4 (04-01), P5 (03-01), P6 (03-15) = 3, all on time; P1 not replied yet and 04-18 > 04-15:
        // due and not replied; P3 (due 05-05) in progress. 3 / 4, on time 3 / 4.
        assertStep(r.path("reply"), 3, 4, "0.75", 3, "0.75", 1);
        // consultation: P5, P6 consulted; P4 waived: 2 / 3.
        assertMetric(r.path("consultation"), 2, 3, "0.6667");
        // latest replies then: P4 C, P5 round 2 B (04-15), P6 B (not implemented yet): none resolved or implemented.
        assertMetric(r.path("resolution"), 0, 3, "0");
        assertMetric(r.path("implementation"), 0, 3, "0");
        // evaluated: P4 BASIC (04-15), P5 round 1 UNSAT (round 2's evaluation is 04-25), P6 SAT: 2 / 3 both ways.
        assertMetric(r.path("satisfaction"), 2, 3, "0.6667");
        assertMetric(r.path("firstTimeSatisfaction"), 2, 3, "0.6667");

        // The overdue list that day: P1, due 04-15, 3 days.
        assertThat(reports.overdue(T1, LocalDate.parse("2025-04-18"))).containsExactly(new OverdueItem(
                OverdueItem.Kind.PROPOSAL, UUID.fromString(P1), "REPLY", LocalDate.parse("2025-04-15"), 3, "339901101-ZF",
                null));
    }

    @Test
    void aClassBReplyImplementedAfterClosingCountsOnlyFromTheDayItWasRecorded() {
        // 2025-09-01: P6's implementation (09-05) not yet recorded: P1 A, P5 A: 2 / 4. P2 was submitted that day
        // but not yet registered (09-02): 7 submitted, 5 registered.
        JsonNode before = report("townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-09-01");
        assertMetric(before.path("implementation"), 2, 4, "0.5");
        assertCounts(before.path("counts"), 7, 5, 1, 1);
        // 2025-09-05: recorded: 3 / 4.
        assertMetric(report("townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-09-05").path("implementation"), 3, 4, "0.75");
        // The redelivered record made no second row.
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_implementation_fact WHERE proposal_id = ?")
                .param(UUID.fromString(P6)).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_round_fact WHERE proposal_id = ?")
                .param(UUID.fromString(P5)).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void anEmptyCohortHasNoRatesNot100Percent() {
        JsonNode r = report("townshipCode=" + T3 + COHORT_2025 + "&asOf=2025-12-31");
        assertThat(r.path("reply").has("rate")).isTrue();
        assertThat(r.path("reply").path("rate").isNull()).isTrue();
        assertThat(r.path("reply").path("onTimeRate").isNull()).isTrue();
        assertThat(r.path("reply").path("denominator").asLong()).isZero();
        for (String metric : List.of("consultation", "resolution", "implementation", "satisfaction", "firstTimeSatisfaction")) {
            assertThat(r.path(metric).has("rate")).as(metric).isTrue();
            assertThat(r.path(metric).path("rate").isNull()).as(metric).isTrue();
        }
        assertCounts(r.path("counts"), 0, 0, 0, 0);
        // A cohort before any item of T1, too.
        assertThat(report("townshipCode=" + T1 + "&from=2024-01-01&to=2024-12-31&asOf=2025-12-31")
                .path("reply").path("rate").isNull()).isTrue();
    }

    @Test
    void theCountyIsComputedFromTheItemsOfAllTownshipsNotAveragedFromTheirRates() {
        JsonNode grouped = report("groupBy=township" + COHORT_2025 + "&asOf=2025-12-31");
        assertThat(grouped.path("rows")).hasSize(13);
        JsonNode county = grouped.path("county");
        for (String metric : List.of("reply", "consultation", "resolution", "implementation", "satisfaction",
                "firstTimeSatisfaction")) {
            long numerators = 0;
            long denominators = 0;
            for (JsonNode row : grouped.path("rows")) {
                numerators += row.path(metric).path("numerator").asLong();
                denominators += row.path(metric).path("denominator").asLong();
            }
            assertThat(county.path(metric).path("numerator").asLong()).as(metric).isEqualTo(numerators);
            assertThat(county.path(metric).path("denominator").asLong()).as(metric).isEqualTo(denominators);
        }
        // T2: Q1 replied 05-01 ≤ 06-10 on time, Q2 07-10 > 07-05 late: 2 / 2, on time 1 / 2.
        JsonNode t2 = row(grouped, "townshipCode", T2);
        assertStep(t2.path("reply"), 2, 2, "1", 1, "0.5", 0);
        // County: (4 + 2) / (5 + 2) = 0.8571, on time (3 + 1) / 7 = 0.5714 — the mean of 0.8 and 1 would be 0.9.
        assertStep(county.path("reply"), 6, 7, "0.8571", 4, "0.5714", 1);
        // Q1's latest evaluation is unsatisfied (round 2 pending): T2 satisfaction 1 / 2; county 5 / 6.
        assertMetric(t2.path("satisfaction"), 1, 2, "0.5");
        assertMetric(county.path("satisfaction"), 5, 6, "0.8333");
        assertCounts(county.path("counts"), 10, 8, 1, 2);
        assertThat(row(grouped, "townshipCode", T3).path("reply").path("rate").isNull()).isTrue();
        // Without groupBy the county is the same figure.
        assertThat(report(COHORT_2025.substring(1) + "&asOf=2025-12-31").path("reply")).isEqualTo(county.path("reply"));
    }

    @Test
    void handlingUnitsAreRankedAndOneUnitCanBeAsked() {
        JsonNode ranking = report("townshipCode=" + T1 + "&groupBy=unit" + COHORT_2025 + "&asOf=2025-12-31");
        JsonNode rows = ranking.path("rows");
        assertThat(rows).hasSize(3);
        // 339901-JT: P6, 1 / 1 on time 1 / 1 → rank 1. T1-ZF: P1 P4 P5, 3 / 3, on time P4 P5 2 / 3 → rank 2.
        // T1-NY: P3 overdue, P2 in progress: 0 / 1 → rank 3.
        assertThat(rows.get(0).path("unitCode").asString()).isEqualTo("339901-JT");
        assertThat(rows.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(0).path("unitName").asString()).isEqualTo("青溪县交通运输局");
        assertThat(rows.get(1).path("unitCode").asString()).isEqualTo("339901101-ZF");
        assertThat(rows.get(1).path("rank").asInt()).isEqualTo(2);
        assertStep(rows.get(1).path("reply"), 3, 3, "1", 2, "0.6667", 0);
        assertThat(rows.get(2).path("unitCode").asString()).isEqualTo("339901101-NY");
        assertThat(rows.get(2).path("rank").asInt()).isEqualTo(3);
        assertStep(rows.get(2).path("reply"), 0, 1, "0", 0, "0", 1);
        assertThat(ranking.path("county").path("reply").path("denominator").asLong()).isEqualTo(5);

        JsonNode zf = report("unitCode=339901101-ZF" + COHORT_2025 + "&asOf=2025-12-31");
        assertStep(zf.path("reply"), 3, 3, "1", 2, "0.6667", 0);
        assertCounts(zf.path("counts"), 3, 3, 0, 1);
        // As of 2025-10-09, P2 was not yet assigned (10-10): T1-NY has P3 alone.
        assertThat(report("unitCode=339901101-NY" + COHORT_2025 + "&asOf=2025-10-09").path("counts")
                .path("submitted").asLong()).isEqualTo(1);
    }

    @Test
    void filtersByKindAsOfTheDateCategorySessionAndCongress() {
        // P4 was a motion until its conversion on 03-03: on 03-02 the motions are P1 and P4, later P1 alone.
        assertThat(report("townshipCode=" + T1 + "&kind=MOTION" + COHORT_2025 + "&asOf=2025-03-02")
                .path("counts").path("submitted").asLong()).isEqualTo(2);
        assertThat(report("townshipCode=" + T1 + "&kind=MOTION" + COHORT_2025 + "&asOf=2025-12-31")
                .path("counts").path("submitted").asLong()).isEqualTo(1);
        assertThat(report("townshipCode=" + T1 + "&kind=SUGGESTION" + COHORT_2025 + "&asOf=2025-12-31")
                .path("counts").path("submitted").asLong()).isEqualTo(7);
        assertThat(report("category=ECONOMY" + COHORT_2025 + "&asOf=2025-12-31")
                .path("counts").path("submitted").asLong()).as("P1, Q1, Q2").isEqualTo(3);
        assertThat(report("sessionId=S18-4" + COHORT_2025 + "&asOf=2025-12-31")
                .path("counts").path("submitted").asLong()).as("P1, P5").isEqualTo(2);
        JsonNode countyCongress = report("congressCode=" + COUNTY + COHORT_2025 + "&asOf=2025-12-31");
        assertThat(countyCongress.path("counts").path("submitted").asLong()).as("P6").isEqualTo(1);
        assertMetric(countyCongress.path("implementation"), 1, 1, "1");
    }

    @Test
    void theOverdueListHoldsEveryPendingReplyPastItsRoundsDeadline() {
        // 2025-12-31: P3 round 1 due 05-05 → 240 days (26 in May + 30 + 31 + 31 + 30 + 31 + 30 + 31);
        // Q1 round 2 due 08-10 → 143 days (21 in August + 30 + 31 + 30 + 31). P2 (due 2026-04-10) is not overdue.
        LocalDate asOf = LocalDate.parse("2025-12-31");
        assertThat(reports.overdue(null, asOf)).containsExactly(
                new OverdueItem(OverdueItem.Kind.PROPOSAL, UUID.fromString(P3), "REPLY", LocalDate.parse("2025-05-05"), 240,
                        "339901101-NY", null),
                new OverdueItem(OverdueItem.Kind.PROPOSAL, UUID.fromString(Q1), "REPLY", LocalDate.parse("2025-08-10"), 143,
                        "339901102-ZF", null));
        assertThat(reports.overdue(T2, asOf)).extracting(OverdueItem::id).containsExactly(UUID.fromString(Q1));
        // On its deadline day a reply is not overdue yet; the day after it is, by 1 day.
        assertThat(reports.overdue(T1, LocalDate.parse("2025-05-05"))).isEmpty();
        assertThat(reports.overdue(T1, LocalDate.parse("2025-05-06"))).extracting(OverdueItem::daysOverdue)
                .containsExactly(1L);
        // The same edge in the reply rate: replied by 05-05 P1 P4 P5 P6 (P1 late); P3 on its deadline day is in
        // progress, the day after it is due and not replied.
        assertStep(report("townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-05-05").path("reply"), 4, 4, "1", 3, "0.75", 1);
        assertStep(report("townshipCode=" + T1 + COHORT_2025 + "&asOf=2025-05-06").path("reply"), 4, 5, "0.8", 3, "0.6", 0);
    }

    @Test
    void aStepArrivingBeforeTheSubmissionIsKeptAndCountsOnceTheSubmissionArrives() {
        String township = "339901104";
        String x = UUID.randomUUID().toString();
        try (ProposalEvents e = new ProposalEvents(newFeed())) {
            e.assigned(x, township, township, "2024-03-10", "339901104-ZF", false, "2024-06-10");
            e.consulted(x, township, township, 1, "2024-03-20");
            e.replied(x, township, township, 1, "2024-04-01", "A", true, "2024-06-10");
            e.evaluated(x, township, township, 1, "2024-04-10", "SATISFIED");
            e.feed().awaitApplied();
        }
        String query = "townshipCode=" + township + "&from=2024-01-01&to=2024-12-31&asOf=2024-12-31";
        assertThat(report(query).path("counts").path("submitted").asLong()).as("no submission, no cohort date").isZero();
        try (ProposalEvents e = new ProposalEvents(newFeed())) {
            e.submitted(x, township, township, "SUGGESTION", "OTHER", null, "2024-03-01");
            e.registered(x, township, township, "2024-03-05");
            e.feed().awaitApplied();
        }
        JsonNode r = report(query);
        assertCounts(r.path("counts"), 1, 1, 0, 0);
        assertStep(r.path("reply"), 1, 1, "1", 1, "1", 0);
        assertMetric(r.path("consultation"), 1, 1, "1");
        assertMetric(r.path("satisfaction"), 1, 1, "1");
        assertThat(jdbc.sql("SELECT lead_unit_code FROM proposal_fact WHERE proposal_id = ?").param(UUID.fromString(x))
                .query(String.class).single()).as("the submission kept the earlier steps").isEqualTo("339901104-ZF");
    }

    @Test
    void anImplementationRecordConcernsTheReplyItWasMadeForNotALaterRoundsReply() {
        // Township 339901105, 2023: Y assigned 01-10 (due 04-10), consulted 01-20, replied 02-01 B, implemented 02-15;
        // evaluated 03-01 UNSATISFIED; round 2 from 03-01 (due 06-01), consulted 03-10, replied 04-01 B again.
        String township = "339901105";
        String y = UUID.randomUUID().toString();
        try (ProposalEvents e = new ProposalEvents(newFeed())) {
            e.submitted(y, township, township, "SUGGESTION", "OTHER", null, "2023-01-05");
            e.registered(y, township, township, "2023-01-06");
            e.assigned(y, township, township, "2023-01-10", "339901105-ZF", false, "2023-04-10");
            e.consulted(y, township, township, 1, "2023-01-20");
            e.replied(y, township, township, 1, "2023-02-01", "B", true, "2023-04-10");
            e.send(EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED, y, township, """
                    {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","recordedOn":"2023-02-15","implemented":true,
                     "recordedBy":"t"}""".formatted(y, township, township));
            e.evaluated(y, township, township, 1, "2023-03-01", "UNSATISFIED");
            e.rehandling(y, township, township, 2, "2023-03-01", "2023-06-01");
            e.consulted(y, township, township, 2, "2023-03-10");
            e.replied(y, township, township, 2, "2023-04-01", "B", true, "2023-06-01");
            e.feed().awaitApplied();
        }
        String query = "townshipCode=" + township + "&from=2023-01-01&to=2023-12-31&asOf=";
        // 2023-03-31: the latest reply is round 1's B, implemented on 02-15: 1 / 1.
        assertMetric(report(query + "2023-03-31").path("implementation"), 1, 1, "1");
        // 2023-04-01: the latest reply is round 2's B, with no record of its own: 0 / 1.
        assertMetric(report(query + "2023-04-01").path("implementation"), 0, 1, "0");
        assertMetric(report(query + "2023-04-01").path("resolution"), 0, 1, "0");
    }

    @Test
    void accessAndBadParametersAreRefusedWithTheField() {
        ApiClient api = api();
        String clerk = Tokens.clerk(T1);
        assertThat(api.get("/api/reports/proposals/rates?townshipCode=" + T1, clerk).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/proposals/rates?townshipCode=" + T2, clerk).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/proposals/rates", clerk).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/proposals/rates", null).status()).isEqualTo(401);
        String viewer = Tokens.viewer();
        for (Map.Entry<String, String> bad : Map.of("unitCode=339901-NONE", "unitCode", "groupBy=village", "groupBy",
                "kind=LETTER", "kind", "category=SPORT", "category", "townshipCode=339901999", "townshipCode",
                "congressCode=339902", "congressCode", "from=2025-03-01&to=2025-01-01", "from").entrySet()) {
            var response = api.get("/api/reports/proposals/rates?" + bad.getKey(), viewer);
            assertThat(response.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(bad.getValue());
        }
    }

    // --- helpers

    private JsonNode report(String query) {
        return read("/api/reports/proposals/rates?" + query);
    }

    private static JsonNode row(JsonNode report, String field, String value) {
        for (JsonNode row : report.path("rows")) {
            if (row.path(field).asString().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " = " + value);
    }

    private static void assertMetric(JsonNode m, long numerator, long denominator, String rate) {
        assertThat(m.path("numerator").asLong()).as("numerator of " + m).isEqualTo(numerator);
        assertThat(m.path("denominator").asLong()).as("denominator of " + m).isEqualTo(denominator);
        assertThat(m.path("rate").decimalValue()).as("rate of " + m).isEqualByComparingTo(rate);
    }

    private static void assertStep(JsonNode m, long numerator, long denominator, String rate, long onTime, String onTimeRate,
                                   long inProgress) {
        assertMetric(m, numerator, denominator, rate);
        assertThat(m.path("onTimeNumerator").asLong()).as("on time of " + m).isEqualTo(onTime);
        assertThat(m.path("onTimeRate").decimalValue()).as("on-time rate of " + m).isEqualByComparingTo(onTimeRate);
        assertThat(m.path("inProgress").asLong()).as("in progress of " + m).isEqualTo(inProgress);
    }

    private static void assertCounts(JsonNode c, long submitted, long registered, long rejected, long rehandled) {
        assertThat(List.of(c.path("submitted").asLong(), c.path("registered").asLong(), c.path("rejected").asLong(),
                c.path("rehandled").asLong())).as("submitted, registered, rejected, rehandled").containsExactly(
                submitted, registered, rejected, rehandled);
    }
}
