package org.minyi.reporting.deputy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestTokenIssuer;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deputies' points, voter contacts and group activity from deputy events on a real broker, read over HTTP.
 * The figures are worked out by hand from the default points scheme (PointsRules.DEFAULTS):
 * DISCIPLINE base 20 (max 20), SESSION max 30, INTERSESSION max 40, OTHER max 10; session attendance 10;
 * voter reception 2 (cap 8); collective inspection 3, individual inspection 2; survey 3; training 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeputyReportTest extends ReportingApiTest {

    private static final String TOWNSHIP = "339901105";
    private static final String A = UUID.randomUUID().toString();
    private static final String B = UUID.randomUUID().toString();
    private static final String C = UUID.randomUUID().toString();
    private static final String GROUP = UUID.randomUUID().toString();
    /** Deputies of another township who sign proposals (kept apart so A's and B's figures stay as they are). */
    private static final String PROPOSAL_TOWNSHIP = "339901104";
    private static final String D = UUID.randomUUID().toString();
    private static final String E = UUID.randomUUID().toString();
    private static String survey;

    /** The year 2025 of township 339901105, sent once; activities first, so they arrive before their deputies. */
    @BeforeAll
    void sendTheYear() {
        try (EventFeed feed = newFeed()) {
            activity(feed, "VOTER_RECEPTION", null, "2025-01-10", GROUP, A, B);
            for (String month : List.of("02", "03", "04", "05", "06")) {
                activity(feed, "VOTER_RECEPTION", null, "2025-" + month + "-10", null, A);
            }
            activity(feed, "INSPECTION", "COLLECTIVE", "2025-04-20", null, A);
            activity(feed, "INSPECTION", "INDIVIDUAL", "2025-05-20", null, A);
            activity(feed, "SESSION_ATTENDANCE", null, "2025-01-15", null, A);
            activity(feed, "TRAINING", null, "2025-08-01", GROUP, A);
            survey = activity(feed, "SURVEY", null, "2025-07-01", null, B);
            // C's mandate ended before 2025: C's activity of 2024 and C are outside the 2025 table.
            activity(feed, "VOTER_VISIT", null, "2024-06-01", null, C);

            feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_REGISTERED, A, TOWNSHIP, registered(A, "甲代表", "TOWNSHIP", TOWNSHIP));
            feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_REGISTERED, B, TOWNSHIP, registered(B, "乙代表", "COUNTY", "339901"));
            feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_REGISTERED, C, TOWNSHIP, registered(C, "丙代表", "TOWNSHIP", TOWNSHIP));
            feed.send(Topics.DEPUTY_EVENTS, EventTypes.MANDATE_ENDED, C, TOWNSHIP, """
                    {"deputyId":"%s","townshipCode":"%s","level":"TOWNSHIP","congressCode":"%s","term":18,
                     "endedOn":"2024-12-31","reason":"RESIGNED","recordedBy":"t"}""".formatted(C, TOWNSHIP, TOWNSHIP));
            feed.send(Topics.DEPUTY_EVENTS, EventTypes.DUTY_ACTIVITY_WITHDRAWN, survey, TOWNSHIP, """
                    {"activityId":"%s","townshipCode":"%s","withdrawnOn":"2025-07-05","recordedBy":"t"}""".formatted(survey, TOWNSHIP));
            adjust(feed, A, "DISCIPLINE", "-5", "2025-03-01");
            adjust(feed, A, "OTHER", "20", "2025-09-01");
            feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_GROUP_FORMED, GROUP, TOWNSHIP, """
                    {"groupId":"%s","townshipCode":"%s","name":"第一代表小组","kind":"DEPUTY_GROUP","formedOn":"2025-01-01",
                     "leaderId":"%s","memberIds":["%s","%s"],"recordedBy":"t"}""".formatted(GROUP, TOWNSHIP, A, A, B));
            feedProposals(feed);
            feed.awaitApplied();
        }
    }

    @Test
    void pointsAreTheSchemeAppliedToTheYearSoFar() {
        JsonNode year = report("points?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2025-12-31");
        assertThat(year.path("summary").path("deputies").asInt()).as("C did not serve in 2025").isEqualTo(2);
        JsonNode a = row(year, A);
        // DISCIPLINE 20 − 5; SESSION attendance 10; INTERSESSION receptions 6 × 2 capped at 8, inspections 3 + 2;
        // OTHER training 2 + adjustment 20, capped at 10.
        assertThat(a.path("categories").path("DISCIPLINE").decimalValue()).isEqualByComparingTo("15");
        assertThat(a.path("categories").path("SESSION").decimalValue()).isEqualByComparingTo("10");
        assertThat(a.path("categories").path("INTERSESSION").decimalValue()).isEqualByComparingTo("13");
        assertThat(a.path("categories").path("OTHER").decimalValue()).isEqualByComparingTo("10");
        assertThat(a.path("total").decimalValue()).isEqualByComparingTo("48");
        assertThat(a.path("stars").asInt()).isEqualTo(1);
        assertThat(a.path("voterContacts").asInt()).isEqualTo(6);
        assertThat(a.path("belowVoterContactMinimum").asBoolean()).isFalse();
        assertThat(a.path("name").asString()).isEqualTo("甲代表");

        // B: the survey was withdrawn on 5 July, so it no longer counts; one voter contact is below the minimum.
        JsonNode b = row(year, B);
        assertThat(b.path("total").decimalValue()).isEqualByComparingTo("22");
        assertThat(b.path("voterContacts").asInt()).isEqualTo(1);
        assertThat(b.path("belowVoterContactMinimum").asBoolean()).isTrue();
        assertThat(year.path("summary").path("belowVoterContactMinimum").asInt()).isEqualTo(1);
        assertThat(year.path("rows").get(0).path("deputyId").asString()).as("highest total first").isEqualTo(A);
    }

    @Test
    void aQuarterIsTheStandingAtItsEndAndAnAsOfDateSeesWhatWasTrueThen() {
        // Q1: receptions on 10 Jan, 10 Feb, 10 Mar (6), attendance 10, discipline 15 after the March adjustment.
        JsonNode q1 = report("points?townshipCode=" + TOWNSHIP + "&year=2025&quarter=1&asOf=2025-12-31");
        assertThat(q1.path("to").asString()).isEqualTo("2025-03-31");
        assertThat(row(q1, A).path("total").decimalValue()).isEqualByComparingTo("31");
        // On 3 July the survey was held and not yet withdrawn: B has 20 + 2 + 3.
        JsonNode july = report("points?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2025-07-03");
        assertThat(row(july, B).path("total").decimalValue()).isEqualByComparingTo("25");
        assertThat(row(july, A).path("categories").path("OTHER").decimalValue()).as("training and bonus still to come")
                .isEqualByComparingTo("0");
        // The county holds the township's deputies too (computed from the same items).
        JsonNode county = report("points?year=2025&asOf=2025-12-31");
        assertThat(row(county, A).path("total").decimalValue()).isEqualByComparingTo("48");
    }

    @Test
    void groupsAreCheckedForAnActivityEveryEndedQuarter() {
        JsonNode groups = report("groups?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2025-12-31");
        JsonNode g = groups.path("rows").get(0);
        assertThat(g.path("groupId").asString()).isEqualTo(GROUP);
        assertThat(g.path("activitiesByQuarter")).extracting(JsonNode::asInt).containsExactly(1, 0, 1, 0);
        assertThat(g.path("quartersWithoutActivity").asInt()).as("Q2 only: Q4 has not ended").isEqualTo(1);
        assertThat(report("groups?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2026-01-05").path("rows").get(0)
                .path("quartersWithoutActivity").asInt()).isEqualTo(2);
    }

    @Test
    void aTownshipClerkReadsOnlyItsOwnTownshipAndBadParametersAreNamed() {
        ApiClient api = api();
        String clerk = Tokens.clerk(TOWNSHIP);
        assertThat(api.get("/api/reports/deputies/points?townshipCode=" + TOWNSHIP, clerk).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/deputies/points?townshipCode=339901101", clerk).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/deputies/points", clerk).status()).isEqualTo(403);
        var badQuarter = api.get("/api/reports/deputies/points?quarter=5", Tokens.viewer());
        assertThat(badQuarter.status()).isEqualTo(400);
        assertThat(badQuarter.json().path("errors").get(0).path("field").asString()).isEqualTo("quarter");
    }

    @Test
    void aDeputyReadsOnlyTheirOwnRowInTheirOwnTownship() throws Exception {
        ApiClient api = api();
        String deputyA = Tokens.deputy(A);
        String year = "year=2025&asOf=2025-12-31";

        // Without townshipCode: their own township, their own row only, the same figures the office reads.
        var own = api.get("/api/reports/deputies/points?" + year, deputyA);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().path("townshipCode").asString()).isEqualTo(TOWNSHIP);
        assertThat(own.json().path("rows")).hasSize(1);
        assertThat(row(own.json(), A).path("total").decimalValue()).isEqualByComparingTo("48");
        assertThat(own.json().path("summary").path("deputies").asInt()).isEqualTo(1);
        assertThat(own.body()).doesNotContain(B, "乙代表");
        var named = api.get("/api/reports/deputies/points?townshipCode=" + TOWNSHIP + "&quarter=1&" + year, deputyA);
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().path("rows")).hasSize(1);
        assertThat(row(named.json(), A).path("total").decimalValue()).isEqualByComparingTo("31");
        // B's row is B's: B (a county deputy living in the township) reads only theirs.
        var b = api.get("/api/reports/deputies/points?" + year, Tokens.deputy(B));
        assertThat(b.json().path("rows")).hasSize(1);
        assertThat(row(b.json(), B).path("total").decimalValue()).isEqualByComparingTo("22");
        // The file is the deputy's own line too.
        var csv = api.send(api.request("/api/reports/deputies/points?" + year, deputyA).header("Accept", "text/csv").GET());
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("甲代表,");

        // Another township, even one with rows, is refused; so is a deputy token without a deputy id.
        assertThat(api.get("/api/reports/deputies/points?townshipCode=" + PROPOSAL_TOWNSHIP + "&" + year, deputyA).status())
                .isEqualTo(403);
        assertThat(api.get("/api/reports/deputies/points?townshipCode=339901101&" + year, deputyA).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/deputies/points?" + year,
                TestTokenIssuer.get().token("deputy-x", "DEPUTY", List.of(TOWNSHIP))).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/deputies/points?" + year,
                TestTokenIssuer.get().deputyToken("deputy-y", "not-a-uuid")).status()).isEqualTo(403);
        // A deputy the reports have not seen yet: no row, and no township to name.
        String unknown = Tokens.deputy(UUID.randomUUID().toString());
        var none = api.get("/api/reports/deputies/points?" + year, unknown);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("rows")).isEmpty();
        assertThat(api.get("/api/reports/deputies/points?townshipCode=" + TOWNSHIP + "&" + year, unknown).status())
                .isEqualTo(403);
        // A deputy whose mandate ended before the year has no row in it, even their own.
        var ended = api.get("/api/reports/deputies/points?" + year, Tokens.deputy(C));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("rows")).isEmpty();
        // Still a parameter check like everyone's.
        var badQuarter = api.get("/api/reports/deputies/points?quarter=5", deputyA);
        assertThat(badQuarter.status()).isEqualTo(400);
        assertThat(badQuarter.json().path("errors").get(0).path("field").asString()).isEqualTo("quarter");

        // Other reports stay closed to deputies; every other role reads the township's rows as before.
        assertThat(api.get("/api/reports/deputies/groups?" + year, deputyA).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/deputies/groups?townshipCode=" + TOWNSHIP + "&" + year, deputyA).status())
                .isEqualTo(403);
        assertThat(api.get("/api/reports/petitions/rates?townshipCode=" + TOWNSHIP, deputyA).status()).isEqualTo(403);
        String clerk = Tokens.clerk(TOWNSHIP);
        assertThat(api.get("/api/reports/deputies/points?townshipCode=" + TOWNSHIP + "&" + year, clerk).json()
                .path("rows")).hasSize(2);
        assertThat(report("points?townshipCode=" + TOWNSHIP + "&" + year).path("rows")).hasSize(2);
        assertThat(api.get("/api/reports/deputies/points?" + year,
                Tokens.unit("339901105-ZF", TOWNSHIP)).status()).isEqualTo(403);
    }

    @Test
    void theSameFiguresComeAsCsvAndAsAnExcelLedger() throws Exception {
        String path = "/api/reports/deputies/points?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2025-12-31";
        HttpResponse<byte[]> csv = download(path, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("deputy-points-" + TOWNSHIP + "-2025-2025-12-31.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF代表,乡镇,遵纪守法,会议期间,闭会期间,其他,总分,星级,联系选民次数,联系选民不足2次");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("甲代表,西岭乡,15,10,13,10,48,1,6,否".replace("西岭乡", townshipName()));
        assertThat(lines.get(2)).startsWith("乙代表,").endsWith(",22,1,1,是");

        HttpResponse<byte[]> xlsx = download(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).startsWith("2025年代表履职积分");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("总分");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("甲代表");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(48.0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        HttpResponse<byte[]> groups = download("/api/reports/deputies/groups?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2025-12-31", "text/csv");
        assertThat(new String(groups.body(), StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("第一代表小组,代表小组," + townshipName() + ",1,0,1,0,1");
    }

    private String townshipName() {
        return report("points?townshipCode=" + TOWNSHIP + "&year=2025&asOf=2025-12-31")
                .path("rows").get(0).path("townshipName").asString();
    }

    /**
     * D leads motions M1–M4 (co-signed by E) and suggestions S1 (2025-03-01) and S2 (2025-11-01), and a suggestion
     * in 2024; E leads motion M5, co-signed by D; M4 is converted to a suggestion, so its roles become suggestion roles.
     */
    private static void feedProposals(EventFeed feed) {
        feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_REGISTERED, D, PROPOSAL_TOWNSHIP,
                registered(D, "丁代表", "TOWNSHIP", PROPOSAL_TOWNSHIP).replace(TOWNSHIP, PROPOSAL_TOWNSHIP));
        feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_REGISTERED, E, PROPOSAL_TOWNSHIP,
                registered(E, "戊代表", "TOWNSHIP", PROPOSAL_TOWNSHIP).replace(TOWNSHIP, PROPOSAL_TOWNSHIP));
        String m4 = null;
        for (int i = 1; i <= 4; i++) {
            m4 = proposal(feed, "MOTION", "2025-01-1" + i, D, E);
        }
        feed.send(Topics.PROPOSAL_EVENTS, EventTypes.PROPOSAL_CONVERTED, m4, PROPOSAL_TOWNSHIP, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","convertedOn":"2025-01-20","kind":"SUGGESTION",
                 "recordedBy":"t"}""".formatted(m4, PROPOSAL_TOWNSHIP, PROPOSAL_TOWNSHIP));
        proposal(feed, "MOTION", "2025-01-15", E, D);
        proposal(feed, "SUGGESTION", "2025-03-01", D);
        proposal(feed, "SUGGESTION", "2025-11-01", D);
        proposal(feed, "SUGGESTION", "2024-12-31", D);
    }

    private static String proposal(EventFeed feed, String kind, String submittedOn, String lead, String... coSigners) {
        String id = UUID.randomUUID().toString();
        List<String> signers = new ArrayList<>(List.of(coSigners));
        while (kind.equals("MOTION") && signers.size() < 4) {
            signers.add(UUID.randomUUID().toString()); // deputies of no interest here, unknown to the read model
        }
        feed.send(Topics.PROPOSAL_EVENTS, EventTypes.PROPOSAL_SUBMITTED, id, PROPOSAL_TOWNSHIP, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","kind":"%s","congressLevel":"TOWNSHIP",
                 "category":"ECONOMY","sessionId":"S18-4","submittedOn":"%s","leadDeputyId":"%s","coSignerIds":[%s],
                 "signerCount":%d,"recordedBy":"t"}""".formatted(id, PROPOSAL_TOWNSHIP, PROPOSAL_TOWNSHIP, kind, submittedOn,
                lead, String.join(",", signers.stream().map(s -> "\"" + s + "\"").toList()), signers.size() + 1));
        return id;
    }

    @Test
    void proposalsSignedCountInTheSessionCategoryByRoleWithTheirCaps() {
        JsonNode year = report("points?townshipCode=" + PROPOSAL_TOWNSHIP + "&year=2025&asOf=2025-12-31");
        // D: motion lead M1–M3, 3 × 5 = 15, capped at 10; suggestion lead M4 (converted), S1, S2: 3 × 2 = 6 (cap 8);
        // motion co-signer of M5: 1 × 2 = 2. SESSION 10 + 6 + 2 = 18; DISCIPLINE base 20; the 2024 suggestion is
        // outside the year. Total 38.
        JsonNode d = row(year, D);
        assertThat(d.path("categories").path("SESSION").decimalValue()).isEqualByComparingTo("18");
        assertThat(d.path("total").decimalValue()).isEqualByComparingTo("38");
        // E: motion lead M5, 5; motion co-signer M1–M3, 3 × 2 = 6 (cap 6); suggestion co-signer M4, 1. SESSION 12.
        JsonNode e = row(year, E);
        assertThat(e.path("categories").path("SESSION").decimalValue()).isEqualByComparingTo("12");
        assertThat(e.path("total").decimalValue()).isEqualByComparingTo("32");
        // On 31 October S2 (1 November) had not been submitted: D's suggestions are 2 × 2 = 4, SESSION 16.
        JsonNode october = report("points?townshipCode=" + PROPOSAL_TOWNSHIP + "&year=2025&asOf=2025-10-31");
        assertThat(row(october, D).path("categories").path("SESSION").decimalValue()).isEqualByComparingTo("16");
        // Q1 alone ends on 31 March: S2 is outside it as well.
        JsonNode q1 = report("points?townshipCode=" + PROPOSAL_TOWNSHIP + "&year=2025&quarter=1&asOf=2025-12-31");
        assertThat(row(q1, D).path("categories").path("SESSION").decimalValue()).isEqualByComparingTo("16");
    }

    private JsonNode report(String query) {
        return read("/api/reports/deputies/" + query);
    }

    private static JsonNode row(JsonNode report, String deputyId) {
        List<JsonNode> found = new ArrayList<>();
        report.path("rows").forEach(r -> {
            if (r.path("deputyId").asString().equals(deputyId)) {
                found.add(r);
            }
        });
        assertThat(found).as("row of " + deputyId).hasSize(1);
        return found.get(0);
    }

    private static String activity(EventFeed feed, String type, String mode, String heldOn, String group, String... deputies) {
        String id = UUID.randomUUID().toString();
        feed.send(Topics.DEPUTY_EVENTS, EventTypes.DUTY_ACTIVITY_LOGGED, id, TOWNSHIP, """
                {"activityId":"%s","townshipCode":"%s","type":"%s",%s"heldOn":"%s",%s"deputyIds":[%s],"itemsCollected":0,"recordedBy":"t"}"""
                .formatted(id, TOWNSHIP, type, mode == null ? "" : "\"inspectionMode\":\"" + mode + "\",", heldOn,
                        group == null ? "" : "\"groupId\":\"" + group + "\",",
                        String.join(",", java.util.Arrays.stream(deputies).map(d -> "\"" + d + "\"").toList())));
        return id;
    }

    private static void adjust(EventFeed feed, String deputy, String category, String points, String on) {
        feed.send(Topics.DEPUTY_EVENTS, EventTypes.POINTS_ADJUSTED, deputy, TOWNSHIP, """
                {"deputyId":"%s","townshipCode":"%s","adjustmentId":"%s","category":"%s","points":%s,"on":"%s","recordedBy":"t"}"""
                .formatted(deputy, TOWNSHIP, UUID.randomUUID(), category, points, on));
    }

    private static String registered(String id, String name, String level, String congress) {
        return """
                {"deputyId":"%s","townshipCode":"%s","name":"%s","gender":"FEMALE","party":"CPC","occupation":"FARMER",
                 "mandates":[{"level":"%s","congressCode":"%s","term":18,"electedOn":"2021-10-15"}],"recordedBy":"t"}"""
                .formatted(id, TOWNSHIP, name, level, congress);
    }
}
