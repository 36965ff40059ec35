package org.minyi.reporting.petition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import org.minyi.reporting.kernel.OverdueItem;
import org.minyi.reporting.petition.view.PetitionReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four-100% figures of docs/domain.md §6 from petition events on a real broker, read over HTTP, with every date
 * worked out by hand. Deadlines are the deployment defaults, carried on the events as petition-service sends
 * them: registration receipt + 3, disposition receipt + 15, completion assignment (transfer, review request)
 * + 60, answer completion (decision) + 15, return visit answer + 30. March has 31 days, April 30, May 31.
 * <p>
 * Cohort: received 2026-03-01 to 2026-03-31. Township A (青石镇 339901101): P1 to P6; township B (白沙镇
 * 339901102): P7, P8; township C (339901103): none.
 * <pre>
 * P1 A LETTER  recv 03-02 reg 03-03 (dl 03-05)  assigned 03-10 (dl 03-17) completed 05-20 (dl 05-09: LATE)
 *              answered 06-01 (dl 06-04) visited 06-20 SATISFIED (dl 07-01)
 * P2 A VISIT×6 recv 03-04 reg 03-09 (dl 03-07: LATE) assigned 03-12 (dl 03-19) completion dl 05-11,
 *              extended 05-01 by 20 days → 05-31; completed 05-25 (on time only thanks to the extension);
 *              answer dl 06-09, never answered. LEVEL_SKIPPING, collective.
 * P3 A PHONE   recv 03-10 reg 03-11 (dl 03-13) NOT ACCEPTED 03-20 (dl 03-25) → answer dl 04-04; answered 04-02,
 *              visit dl 05-02, visited 05-10 BASICALLY_SATISFIED (LATE). REPEAT of P1, IMPORTANT.
 * P4 A LETTER  recv 03-20 reg 03-21 (dl 03-23) assigned 03-25 (dl 04-04) completion dl 05-24; completed 04-20,
 *              answer dl 05-05, answered 04-25, visit dl 05-25, visited 05-01 UNSATISFIED; review requested
 *              05-05 (round 2, completion dl 07-04); completed 06-10, answered 06-15, visited 06-20 SATISFIED.
 * P5 A ONLINE  recv 03-25 reg 03-26 (dl 03-28) assigned 03-30 (dl 04-09) completion dl 05-29, never completed.
 * P6 A LETTER  recv 03-28 (reg dl 03-31, disp dl 04-12), never registered.
 * P7 B DEPUTY_REFERRAL recv 03-05 reg 03-06 (dl 03-08) transferred 03-18 (dl 03-20) completion dl 05-17;
 *              completed 05-10, answer dl 05-25, answered 05-30 (LATE), visit dl 06-29, never visited.
 *              Its registration arrives before its receipt, other petitions' events in between.
 * P8 B VISIT×2 recv 03-15 reg 03-16 (dl 03-18) assigned 03-29 (dl 03-30) completion dl 05-28; completed 05-28
 *              (on the day), answer dl 06-12, answered 06-12 (on the day), visit dl 07-12.
 * </pre>
 * <p>
 * The figures of the whole county and its overdue list count every petition: a context of its own, shared only with
 * ProposalReportTest, which sends no petition.
 */
@TestPropertySource(properties = ReportingApiTest.OWN_CONTEXT + "=county-cohorts")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionRatesTest extends ReportingApiTest {

    private static final String A = "339901101";
    private static final String B = "339901102";
    private static final String C = "339901103";
    private static final String UNIT = "339901101-ZF";
    private static final String MARCH = "from=2026-03-01&to=2026-03-31";

    private static String p1, p2, p4, p5, p6, p7, p9;

    @Autowired
    PetitionReports reports;

    @BeforeAll
    void sendTheMarchCohort() {
        try (EventFeed feed = newFeed()) {
            PetitionEvents e7 = new PetitionEvents(feed, B, "339901102201", "2026-03-05");
            p7 = e7.id;
            // P7's registration first: a step for a petition not seen yet.
            e7.registered("2026-03-06", "OTHER", List.of(), null, "2026-03-08", "2026-03-20");

            PetitionEvents e1 = new PetitionEvents(feed, A, "339901101201", "2026-03-02");
            p1 = e1.id;
            e1.received("LETTER", null);
            e1.deadlinesSet("2026-03-05", "2026-03-17");
            e1.registered("2026-03-03", "LAND", List.of(), null, "2026-03-05", "2026-03-17");
            e1.assigned("2026-03-10", UNIT, "2026-03-17", "2026-05-09");
            PublicEvent late = e1.completed("2026-05-20", "2026-05-09", "2026-06-04");
            feed.resend(Topics.PETITION_EVENTS, late); // a redelivery: the same event id
            e1.answered("2026-06-01", "2026-06-04", "2026-07-01");
            e1.returnVisited("2026-06-20", "SATISFIED", "2026-07-01");

            // P7's receipt and receipt deadlines after the other petition's events.
            e7.received("DEPUTY_REFERRAL", null);
            e7.deadlinesSet("2026-03-08", "2026-03-20");
            e7.transferred("2026-03-18", "2026-03-20", "2026-05-17");
            e7.completed("2026-05-10", "2026-05-17", "2026-05-25");
            e7.answered("2026-05-30", "2026-05-25", "2026-06-29");

            PetitionEvents e2 = new PetitionEvents(feed, A, "339901101202", "2026-03-04");
            p2 = e2.id;
            PublicEvent receipt = e2.received("VISIT", 6);
            e2.deadlinesSet("2026-03-07", "2026-03-19");
            e2.registered("2026-03-09", "LABOUR", List.of("LEVEL_SKIPPING"), null, "2026-03-07", "2026-03-19");
            feed.resend(Topics.PETITION_EVENTS, receipt);
            e2.assigned("2026-03-12", UNIT, "2026-03-19", "2026-05-11");
            e2.extended("2026-05-01", 20, "2026-05-11", "2026-05-31");
            // The same extension published again under a new event id (a duplicate in content): nothing moves.
            e2.extended("2026-05-01", 20, "2026-05-11", "2026-05-31");
            e2.completed("2026-05-25", "2026-05-31", "2026-06-09");

            PetitionEvents e3 = new PetitionEvents(feed, A, "339901101201", "2026-03-10");
            e3.received("PHONE", null);
            e3.deadlinesSet("2026-03-13", "2026-03-25");
            e3.registered("2026-03-11", "DEMOLITION", List.of("REPEAT", "IMPORTANT"), p1, "2026-03-13", "2026-03-25");
            e3.notAccepted("2026-03-20", "2026-03-25", "2026-04-04");
            e3.answered("2026-04-02", "2026-04-04", "2026-05-02");
            e3.returnVisited("2026-05-10", "BASICALLY_SATISFIED", "2026-05-02");

            PetitionEvents e4 = new PetitionEvents(feed, A, null, "2026-03-20");
            p4 = e4.id;
            e4.received("LETTER", null);
            e4.deadlinesSet("2026-03-23", "2026-04-04");
            e4.registered("2026-03-21", "LAND", List.of(), null, "2026-03-23", "2026-04-04");
            e4.assigned("2026-03-25", UNIT, "2026-04-04", "2026-05-24");
            e4.completed("2026-04-20", "2026-05-24", "2026-05-05");
            e4.answered("2026-04-25", "2026-05-05", "2026-05-25");
            e4.returnVisited("2026-05-01", "UNSATISFIED", "2026-05-25");
            e4.reviewRequested("2026-05-05", "2026-05-25", "2026-07-04");
            e4.completed("2026-06-10", "2026-07-04", "2026-06-25");
            e4.answered("2026-06-15", "2026-06-25", "2026-07-15");
            e4.returnVisited("2026-06-20", "SATISFIED", "2026-07-15");
            e4.archived("2026-06-25");

            PetitionEvents e5 = new PetitionEvents(feed, A, null, "2026-03-25");
            p5 = e5.id;
            e5.received("ONLINE", null);
            e5.deadlinesSet("2026-03-28", "2026-04-09");
            e5.registered("2026-03-26", "ENVIRONMENT", List.of(), null, "2026-03-28", "2026-04-09");
            e5.assigned("2026-03-30", UNIT, "2026-04-09", "2026-05-29");
            e5.supervised("2026-05-20", "COMPLETE", "2026-05-29");

            PetitionEvents e6 = new PetitionEvents(feed, A, null, "2026-03-28");
            p6 = e6.id;
            e6.received("LETTER", null);
            e6.deadlinesSet("2026-03-31", "2026-04-12");

            PetitionEvents e8 = new PetitionEvents(feed, B, null, "2026-03-15");
            e8.received("VISIT", 2);
            e8.deadlinesSet("2026-03-18", "2026-03-30");
            e8.registered("2026-03-16", "LABOUR", List.of(), null, "2026-03-18", "2026-03-30");
            e8.assigned("2026-03-29", "339901102-ZF", "2026-03-30", "2026-05-28");
            e8.completed("2026-05-28", "2026-05-28", "2026-06-12");
            e8.answered("2026-06-12", "2026-06-12", "2026-07-12");

            // A petition of C received in April: outside the March cohort, never registered.
            PetitionEvents april = new PetitionEvents(feed, C, null, "2026-04-02");
            p9 = april.id;
            april.received("LETTER", null);
            april.deadlinesSet("2026-04-05", "2026-04-17");
            feed.awaitApplied();
        }
    }

    @Test
    void theFourStepsPerTownshipAndForTheCountyAsOfTheEndOfJune() {
        JsonNode report = report("groupBy=township&" + MARCH + "&asOf=2026-06-30");
        JsonNode a = row(report, A);
        assertThat(a.path("townshipName").asString()).isEqualTo("青石镇");
        // Registration: all 6 received; P1, P3, P4, P5 by their deadline, P2 late (03-09 > 03-07); P6 pending
        // since its deadline 03-31 < 06-30, so due and not done.
        step(a, "registration", 5, 6, 4, 0, "0.8333", "0.6667");
        // Disposition: the 5 registered, each by its deadline (P3 not accepted counts as disposed).
        step(a, "disposition", 5, 5, 5, 0, "1", "1");
        // Completion: P1, P2, P4, P5 assigned. P1 late (05-20 > 05-09); P2 on time by the extension
        // (05-25 <= 05-31; the deadline without it, 05-11, would make it late); P4 on time; P5 pending past 05-29.
        step(a, "completion", 3, 4, 2, 0, "0.75", "0.5");
        // Answer: P1, P2, P4 completed and P3 not accepted (answer due 15 days from the decision, 04-04).
        // P1, P3, P4 on time; P2 pending past 06-09. The review round of P4 does not count a second answer.
        step(a, "answer", 3, 4, 3, 0, "0.75", "0.75");
        // Return visit: P1, P3, P4 answered; P3 visited late (05-10 > 05-02); P4 judged by its first visit 05-01.
        step(a, "returnVisit", 3, 3, 2, 0, "1", "0.6667");
        // Satisfaction by the latest visit: P1 SATISFIED, P3 BASICALLY_SATISFIED, P4 SATISFIED (06-20, round 2).
        rate(a.path("satisfaction"), 3, 3, "1");
        rate(a.path("satisfiedOnly"), 2, 3, "0.6667");

        JsonNode counts = a.path("counts");
        assertThat(counts.path("received").asLong()).isEqualTo(6);
        assertThat(counts.path("byChannel").path("LETTER").asLong()).isEqualTo(3);
        assertThat(counts.path("byChannel").path("VISIT").asLong()).isEqualTo(1);
        assertThat(counts.path("byChannel").path("PHONE").asLong()).isEqualTo(1);
        assertThat(counts.path("byChannel").path("ONLINE").asLong()).isEqualTo(1);
        // P6 never registered has no category.
        assertThat(counts.path("byCategory").path("LAND").asLong()).isEqualTo(2);
        assertThat(counts.path("byCategory").path("LABOUR").asLong()).isEqualTo(1);
        assertThat(counts.path("byCategory").path("DEMOLITION").asLong()).isEqualTo(1);
        assertThat(counts.path("byCategory").path("ENVIRONMENT").asLong()).isEqualTo(1);
        assertThat(counts.path("byCategory").size()).isEqualTo(4);
        assertThat(counts.path("byVillage").path("339901101201").asLong()).isEqualTo(2);
        assertThat(counts.path("byVillage").path("339901101202").asLong()).isEqualTo(1);
        assertThat(counts.path("byVillage").size()).isEqualTo(2);
        assertThat(counts.path("collective").asLong()).isEqualTo(1);
        assertThat(counts.path("repeat").asLong()).as("P3 counts as a case and as a repeat").isEqualTo(1);
        assertThat(counts.path("levelSkipping").asLong()).isEqualTo(1);
        assertThat(counts.path("personTimes").asLong()).isEqualTo(6);

        JsonNode b = row(report, B);
        step(b, "registration", 2, 2, 2, 0, "1", "1");
        // P7 transferred 03-18 (dl 03-20), P8 assigned 03-29 (dl 03-30).
        step(b, "disposition", 2, 2, 2, 0, "1", "1");
        // P8 completed on the deadline day: on time.
        step(b, "completion", 2, 2, 2, 0, "1", "1");
        // P7 answered 05-30 after 05-25: counts, not on time. P8 on the day.
        step(b, "answer", 2, 2, 1, 0, "1", "0.5");
        // P7's visit was due 06-29 < 06-30: due, not done. P8's is due 07-12: in progress, not in the denominator.
        step(b, "returnVisit", 0, 1, 0, 1, "0", "0");
        rate(b.path("satisfaction"), 0, 0, null);
        assertThat(b.path("counts").path("byChannel").path("DEPUTY_REFERRAL").asLong())
                .as("a receipt arriving after the registration fills the channel").isEqualTo(1);
        assertThat(b.path("counts").path("byVillage").path("339901102201").asLong()).isEqualTo(1);
        assertThat(b.path("counts").path("personTimes").asLong()).isEqualTo(2);

        // No petition in C: every rate is null ("no data"), never 100%.
        JsonNode c = row(report, C);
        step(c, "registration", 0, 0, 0, 0, null, null);
        assertThat(c.path("counts").path("received").asLong()).as("C's April petition is outside the cohort").isZero();

        // The county from the items: A + B, numerators and denominators.
        JsonNode county = report.path("county");
        assertThat(county.path("townshipName").asString()).isEqualTo("全县");
        step(county, "registration", 7, 8, 6, 0, "0.875", "0.75");
        step(county, "disposition", 7, 7, 7, 0, "1", "1");
        step(county, "completion", 5, 6, 4, 0, "0.8333", "0.6667");
        // Not the average of A's 0.75 and B's 1 (0.875): 5 / 6.
        step(county, "answer", 5, 6, 4, 0, "0.8333", "0.6667");
        step(county, "returnVisit", 3, 4, 2, 1, "0.75", "0.5");
        rate(county.path("satisfaction"), 3, 3, "1");
        assertThat(county.path("counts").path("received").asLong()).isEqualTo(8);
        assertThat(county.path("counts").path("personTimes").asLong()).isEqualTo(8);
        for (String metric : List.of("registration", "disposition", "completion", "answer", "returnVisit")) {
            for (String field : List.of("numerator", "denominator", "onTimeNumerator", "inProgress")) {
                long sum = 0;
                for (JsonNode row : report.path("rows")) {
                    sum += row.path(metric).path(field).asLong();
                }
                assertThat(county.path(metric).path(field).asLong()).as(metric + "." + field).isEqualTo(sum);
            }
        }
        // The same figures without groupBy, and for one township.
        assertThat(report(MARCH + "&asOf=2026-06-30").path("answer")).isEqualTo(county.path("answer"));
        assertThat(report("townshipCode=" + A + "&" + MARCH + "&asOf=2026-06-30").path("completion"))
                .isEqualTo(a.path("completion"));
    }

    @Test
    void asOfTheMiddleOfTheFlowOnlyWhatHadHappenedCounts() {
        JsonNode a = report("townshipCode=" + A + "&" + MARCH + "&asOf=2026-05-15");
        step(a, "registration", 5, 6, 4, 0, "0.8333", "0.6667");
        // Completion as of 05-15: P1 not yet completed (05-20) and past 05-09: due, not done. P2 not completed,
        // deadline 05-31 since the extension of 05-01: in progress. P4 done 04-20. P5 due 05-29: in progress.
        step(a, "completion", 1, 2, 1, 2, "0.5", "0.5");
        // Answer: only P3 (decision) and P4 (completed 04-20) had reached it; both on time.
        step(a, "answer", 2, 2, 2, 0, "1", "1");
        // Return visit: P3 (late, 05-10 > 05-02) and P4 (05-01).
        step(a, "returnVisit", 2, 2, 1, 0, "1", "0.5");
        // P4's latest visit by 05-15 is the UNSATISFIED one of round 1.
        rate(a.path("satisfaction"), 1, 2, "0.5");
        rate(a.path("satisfiedOnly"), 0, 2, "0");
        assertThat(a.path("counts").path("received").asLong()).isEqualTo(6);

        // As of 03-05: P1, P2 received (P3 on 03-10 not yet); registration deadline of P2 is 03-07: P2 pending,
        // in progress; P1 registered on time. The cohort ends at the as-of date.
        JsonNode early = report("townshipCode=" + A + "&" + MARCH + "&asOf=2026-03-05");
        assertThat(early.path("counts").path("received").asLong()).isEqualTo(2);
        step(early, "registration", 1, 1, 1, 1, "1", "1");
        // P1 registered 03-03, not assigned before 03-10, deadline 03-17: in progress.
        step(early, "disposition", 0, 0, 0, 1, null, null);
        assertThat(early.path("counts").path("byCategory").path("LABOUR").isMissingNode())
                .as("P2's category is set at its registration, 03-09").isTrue();
    }

    @Test
    void anEmptyCohortHasNullRates() {
        var response = api().get("/api/reports/petitions/rates?townshipCode=" + A
                + "&from=2025-01-01&to=2025-01-31&asOf=2026-06-30", Tokens.viewer());
        assertThat(response.body()).contains("\"rate\":null").contains("\"onTimeRate\":null");
        JsonNode empty = response.json();
        for (String metric : List.of("registration", "disposition", "completion", "answer", "returnVisit")) {
            step(empty, metric, 0, 0, 0, 0, null, null);
        }
        rate(empty.path("satisfaction"), 0, 0, null);
        rate(empty.path("satisfiedOnly"), 0, 0, null);
        assertThat(empty.path("counts").path("received").asLong()).isZero();
    }

    @Test
    void overduePetitionStepsWithDaysAndUnit() {
        // As of 05-15 in A: P6 registration due 03-31 (45 days: 30 in April + 15 in May); P1 completion due 05-09
        // (6 days). P4 is in round 2 (completion due 07-04), P2's deadline moved to 05-31.
        assertThat(reports.overdue(A, LocalDate.parse("2026-05-15"))).containsExactly(
                item(p6, "REGISTER", "2026-03-31", 45, null),
                item(p1, "COMPLETE", "2026-05-09", 6, UNIT));
        // As of 05-20: without the extension P2 would be 9 days late (deadline 05-11); it is not.
        assertThat(reports.overdue(A, LocalDate.parse("2026-05-20"))).extracting(OverdueItem::id)
                .doesNotContain(UUID.fromString(p2));
        // As of 06-30, the county: P6 registration 91 days (April 30 + May 31 + June 30); P5 completion due 05-29
        // (32 days: 2 in May + 30 in June); P2 answer due 06-09 (21 days); P7 return visit due 06-29 (1 day; it
        // was transferred, so no unit). C's April petition, registration due 04-05: 25 + 31 + 30 = 86 days.
        assertThat(reports.overdue(null, LocalDate.parse("2026-06-30"))).containsExactly(
                item(p6, "REGISTER", "2026-03-31", 91, null),
                item(p9, "REGISTER", "2026-04-05", 86, null),
                item(p5, "COMPLETE", "2026-05-29", 32, UNIT),
                item(p2, "ANSWER", "2026-06-09", 21, UNIT),
                item(p7, "RETURN_VISIT", "2026-06-29", 1, null));
        assertThat(reports.overdue(B, LocalDate.parse("2026-06-30"))).hasSize(1);
        // On the deadline day a step is not overdue yet: P6's registration on 03-31.
        assertThat(reports.overdue(A, LocalDate.parse("2026-03-31"))).isEmpty();
        // Round 2 of P4 had its own completion deadline; as of 07-05 it was completed, answered, visited.
        assertThat(reports.overdue(A, LocalDate.parse("2026-07-05"))).extracting(OverdueItem::id)
                .doesNotContain(UUID.fromString(p4));
    }

    @Test
    void duplicatesAndEarlyStepsLeaveOneRowPerPetitionAndRound() {
        assertThat(jdbc.sql("SELECT count(*) FROM rejected_event").query(Long.class).single())
                .as("every test event keeps to the contract").isZero();
        // P1..P8 and April's petition: one row each; P4 has two rounds, P6 none, every other one round.
        assertThat(jdbc.sql("SELECT count(*) FROM petition_fact").query(Long.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT count(*) FROM petition_round_fact WHERE petition_id = ?")
                .param(UUID.fromString(p4)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT extension_days FROM petition_round_fact WHERE petition_id = ? AND round = 1")
                .param(UUID.fromString(p2)).query(Integer.class).single()).isEqualTo(20);
        // P7 seen first by its registration: the receipt later filled the channel and kept the registration.
        assertThat(jdbc.sql("SELECT channel || ' ' || registered_on || ' ' || category FROM petition_fact WHERE petition_id = ?")
                .param(UUID.fromString(p7)).query(String.class).single()).isEqualTo("DEPUTY_REFERRAL 2026-03-06 OTHER");
    }

    @Test
    void theSameFiguresAsCsvAndAsAnExcelLedger() throws Exception {
        String path = "/api/reports/petitions/rates?groupBy=township&" + MARCH + "&asOf=2026-06-30";
        HttpResponse<byte[]> csv = download(path, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("petition-rates-county-2026-06-30.csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF信访件“四个100%”统计（2026-03-01至2026-03-31收件，截至2026-06-30）");
        assertThat(lines.get(1)).startsWith("乡镇,登记率分子,登记率分母,登记率,按时登记率分子,按时登记率分母,按时登记率,登记在办,"
                + "交办率分子,交办率分母,交办率,").endsWith(",收件数,集体访,重复访,越级访,人次");
        // Rates as percentages with one decimal (the ledger drops trailing zeros), numerator and denominator beside each (see the figures above).
        assertThat(lines).contains("青石镇,5,6,83.3,4,6,66.7,0,5,5,100,5,5,100,0,3,4,75,2,4,50,0,"
                + "3,4,75,3,4,75,0,3,3,100,2,3,66.7,0,3,3,100,2,3,66.7,6,1,1,1,6");
        assertThat(lines).contains("全县,7,8,87.5,6,8,75,0,7,7,100,7,7,100,0,5,6,83.3,4,6,66.7,0,"
                + "5,6,83.3,4,6,66.7,0,3,4,75,2,4,50,1,3,3,100,2,3,66.7,8,1,1,1,8");
        // A township without petitions: empty rate cells, not 0% or 100%.
        String cName = row(report("groupBy=township&" + MARCH + "&asOf=2026-06-30"), C).path("townshipName").asString();
        assertThat(lines).contains(cName + ",0,0,,0,0,,0".repeat(5) + ",0,0," + ",0,0," + ",0,0,0,0,0");
        assertThat(lines).anyMatch(l -> l.startsWith("白沙镇,") && l.contains(",0,1,0,0,1,0,1,"));
        // The channel/category table and the village table follow.
        assertThat(lines).anyMatch(l -> l.startsWith("乡镇,渠道：来信,渠道：来访,渠道：专线电话,渠道：电子邮件,渠道：网上信访,渠道：代表转交,类别：土地及土地流转"));
        assertThat(lines).contains("青石镇,3,1,1,0,1,0,2,1,1,1,0,0,0,0");
        assertThat(lines).contains("青石镇,339901101201,云塘村,2");

        HttpResponse<byte[]> xlsx = download(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("登记率");
            var countyRow = sheet.getRow(sheet.getLastRowNum());
            assertThat(countyRow.getCell(0).getStringCellValue()).isEqualTo("全县");
            assertThat(countyRow.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(countyRow.getCell(2).getNumericCellValue()).isEqualTo(8.0);
            assertThat(countyRow.getCell(3).getNumericCellValue()).isEqualTo(87.5);
        }
    }

    @Test
    void aTownshipClerkReadsOnlyItsOwnTownship() {
        var api = api();
        String clerk = Tokens.clerk(A);
        assertThat(api.get("/api/reports/petitions/rates?townshipCode=" + A + "&" + MARCH, clerk).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/petitions/rates?townshipCode=" + B + "&" + MARCH, clerk).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/petitions/rates?" + MARCH, clerk).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/petitions/rates?groupBy=unit", Tokens.viewer()).status()).isEqualTo(400);
    }

    private static OverdueItem item(String id, String step, String deadline, long days, String unit) {
        return new OverdueItem(OverdueItem.Kind.PETITION, UUID.fromString(id), step, LocalDate.parse(deadline), days, unit,
                null);
    }

    private static void step(JsonNode report, String metric, long numerator, long denominator, long onTime,
                             long inProgress, String rate, String onTimeRate) {
        JsonNode m = report.path(metric);
        assertThat(m.path("numerator").asLong()).as(metric + " numerator").isEqualTo(numerator);
        assertThat(m.path("denominator").asLong()).as(metric + " denominator").isEqualTo(denominator);
        assertThat(m.path("onTimeNumerator").asLong()).as(metric + " on time").isEqualTo(onTime);
        assertThat(m.path("inProgress").asLong()).as(metric + " in progress").isEqualTo(inProgress);
        decimal(m.path("rate"), rate, metric + " rate");
        decimal(m.path("onTimeRate"), onTimeRate, metric + " on-time rate");
    }

    private static void rate(JsonNode m, long numerator, long denominator, String rate) {
        assertThat(m.path("numerator").asLong()).isEqualTo(numerator);
        assertThat(m.path("denominator").asLong()).isEqualTo(denominator);
        decimal(m.path("rate"), rate, "rate");
    }

    private static void decimal(JsonNode node, String expected, String what) {
        if (expected == null) {
            assertThat(node.isNull()).as(what + " is null: " + node).isTrue();
        } else {
            assertThat(node.decimalValue()).as(what).isEqualByComparingTo(expected);
        }
    }

    private static JsonNode row(JsonNode report, String township) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("townshipCode").asString().equals(township)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + township);
    }

    private JsonNode report(String query) {
        return read("/api/reports/petitions/rates?" + query);
    }
}
