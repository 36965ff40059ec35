package org.minyi.reporting.audit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/audit} over real HTTP, fed through the real broker as the services feed it: filters, paging,
 * newest first, the county office only, and the same lines as CSV and Excel.
 */
class AuditTrailApiTest extends ReportingApiTest {

    private static final String T1 = "339901101";
    private static final String T2 = "339901102";

    /** Per test: actors and an item no other test uses, in this shared context. */
    private String alice;
    private String bob;
    private String item;

    @BeforeEach
    void names() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        alice = "alice-" + run;
        bob = "bob-" + run;
        item = UUID.randomUUID().toString();
    }

    private static String record(String recordId, Instant at, String source, String action, String kind, String itemId,
                                 String township, String actor, String onBehalfOf) {
        return """
                {"recordId":"%s","occurredAt":"%s","source":"%s","action":"%s","itemKind":"%s","itemId":"%s",
                 "townshipCode":%s,"actor":"%s","onBehalfOf":%s}""".formatted(recordId, at, source, action, kind, itemId,
                township == null ? "null" : "\"" + township + "\"", actor, onBehalfOf == null ? "null" : "\"" + onBehalfOf + "\"");
    }

    /**
     * Alice: 15 records on 2025-01-01 .. 2025-01-15 at 16:30 UTC (00:30 the next day in China Standard Time), the
     * first 5 on {@link #item}, odd days in T1, even in T2; Bob: 10 account changes without a township. One of
     * Alice's is sent twice (a redelivery).
     */
    private void feed() {
        try (EventFeed feed = newFeed()) {
            for (int day = 1; day <= 15; day++) {
                Instant at = Instant.parse("2025-01-%02dT16:30:00Z".formatted(day));
                String json = record(UUID.randomUUID().toString(), at, "petition-service",
                        day <= 5 ? "PERSONAL_DATA_READ" : "PetitionAssigned", "PETITION",
                        day <= 5 ? item : UUID.randomUUID().toString(), day % 2 == 1 ? T1 : T2, alice,
                        day == 7 ? "unit:339901101-ZF" : null);
                var sent = feed.send(Topics.AUDIT_RECORDS, EventTypes.AUDIT_RECORDED, item, day % 2 == 1 ? T1 : T2, json);
                if (day == 3) {
                    feed.resend(Topics.AUDIT_RECORDS, sent);
                }
            }
            for (int i = 0; i < 10; i++) {
                feed.send(Topics.AUDIT_RECORDS, EventTypes.AUDIT_RECORDED, "acct-" + i, null,
                        record(UUID.randomUUID().toString(), Instant.parse("2025-02-01T08:00:00Z").plusSeconds(i), "gateway",
                                i == 9 ? "LOCKED_OUT" : "CREATED", "ACCOUNT", "acct-" + i, null, i == 9 ? "sign-in" : bob, null));
            }
            feed.awaitApplied();
        }
    }

    private JsonNode get(String query) {
        ApiClient.Response response = api().get("/api/audit?" + query, Tokens.countyAdmin());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> field(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(i -> values.add(i.path(field).asString()));
        return values;
    }

    @Test
    void theCountyOfficeReadsWhoDidWhatNewestFirstFilteredAndPaged() {
        feed();
        JsonNode all = get("actor=" + alice + "&size=100");
        assertThat(all.path("total").asLong()).as("a redelivery is one line").isEqualTo(15);
        assertThat(all.path("page").asInt()).isZero();
        assertThat(all.path("size").asInt()).isEqualTo(100);
        List<String> times = field(all, "occurredAt");
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertThat(times.get(0)).isEqualTo("2025-01-15T16:30:00Z");
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("action").asString()).isEqualTo("PetitionAssigned");
        assertThat(first.path("itemKind").asString()).isEqualTo("PETITION");
        assertThat(first.path("townshipCode").asString()).isEqualTo(T1);
        assertThat(first.path("townshipName").asString()).isNotBlank().isNotEqualTo(T1);
        assertThat(first.path("source").asString()).isEqualTo("petition-service");
        assertThat(all.path("items").get(8).path("onBehalfOf").asString()).isEqualTo("unit:339901101-ZF");

        JsonNode second = get("actor=" + alice + "&page=1&size=4");
        assertThat(second.path("total").asLong()).isEqualTo(15);
        assertThat(second.path("items")).hasSize(4);
        assertThat(field(second, "recordId")).isEqualTo(field(all, "recordId").subList(4, 8));
        assertThat(get("actor=" + alice + "&page=3&size=4").path("items")).hasSize(3);

        JsonNode onItem = get("itemId=" + item);
        assertThat(onItem.path("total").asLong()).isEqualTo(5);
        assertThat(field(onItem, "action")).containsOnly("PERSONAL_DATA_READ");
        assertThat(get("actor=" + alice + "&townshipCode=" + T1).path("total").asLong()).isEqualTo(8);
        assertThat(get("actor=" + alice + "&itemId=" + item + "&townshipCode=" + T2).path("total").asLong()).isEqualTo(2);

        // Dates are China Standard Time: 2025-01-02T16:30Z is the 3rd there, 2025-01-05T16:30Z the 6th.
        JsonNode range = get("actor=" + alice + "&from=2025-01-03&to=2025-01-05");
        assertThat(field(range, "occurredAt")).containsExactly("2025-01-04T16:30:00Z", "2025-01-03T16:30:00Z",
                "2025-01-02T16:30:00Z");
        assertThat(get("actor=" + alice + "&from=2025-01-16").path("total").asLong()).isEqualTo(1);
        assertThat(get("actor=" + alice + "&to=2025-01-01").path("total").asLong()).isZero();

        JsonNode accounts = get("actor=" + bob);
        assertThat(accounts.path("total").asLong()).isEqualTo(9);
        assertThat(accounts.path("items").get(0).path("itemKind").asString()).isEqualTo("ACCOUNT");
        assertThat(accounts.path("items").get(0).has("townshipCode")).isFalse();
        assertThat(get("itemId=acct-9").path("items").get(0).path("action").asString()).isEqualTo("LOCKED_OUT");
    }

    @Test
    void onlyTheCountyOfficeReadsTheAuditTrail() {
        for (String token : List.of(Tokens.clerk(T1), Tokens.leader(), Tokens.leader(T1), Tokens.viewer(),
                Tokens.unit("339901101-ZF", T1), Tokens.deputy(UUID.randomUUID().toString()))) {
            ApiClient.Response refused = api().get("/api/audit", token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("title").asString()).isNotBlank();
            assertThat(refused.json().path("detail").asString()).contains("县人大常委会办公室");
            assertThat(refused.json().path("detailEn").asString()).contains("county office");
            assertThat(download("/api/audit", "text/csv", token).statusCode()).isEqualTo(403);
        }
        assertThat(api().get("/api/audit", null).status()).isEqualTo(401);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        for (String query : List.of("from=2025-13-01", "to=yesterday", "from=2025-02-01&to=2025-01-31", "page=-1", "size=0",
                "size=101", "townshipCode=999999999", "page=x", "to=%2B999999999-12-31", "from=0001-01-01")) {
            ApiClient.Response refused = api().get("/api/audit?" + query, Tokens.countyAdmin());
            assertThat(refused.status()).as(query + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().path("detailEn").isMissingNode() && refused.json().path("titleEn").isMissingNode())
                    .as(query + " has bilingual problem details").isFalse();
        }
    }

    @Test
    void theSameLinesAsCsvAndExcelWithChineseHeaders() throws IOException {
        feed();
        HttpResponse<byte[]> csv = download("/api/audit?actor=" + alice + "&size=2", "text/csv", Tokens.countyAdmin());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF时间（北京时间）,操作人,代为记录,操作,操作代码,对象类别,对象编号,乡镇,来源");
        List<String> lines = text.lines().toList();
        assertThat(lines).as("every matching line, not one page").hasSize(16);
        assertThat(lines.get(1)).startsWith("2025-01-16 00:30:00," + alice + ",,PetitionAssigned,PetitionAssigned,信访件,");
        assertThat(lines.get(11)).contains(",查看信访人个人信息,PERSONAL_DATA_READ,信访件," + item + ",");

        HttpResponse<byte[]> xlsx = download("/api/audit?itemId=" + item,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Tokens.countyAdmin());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headers = sheet.getRow(1);
            assertThat(headers.getCell(0).getStringCellValue()).isEqualTo("时间（北京时间）");
            assertThat(headers.getCell(1).getStringCellValue()).isEqualTo("操作人");
            assertThat(sheet.getLastRowNum()).as("title, headers and 5 lines").isEqualTo(6);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(alice);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("查看信访人个人信息");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo(item);
        }
    }

    private HttpResponse<byte[]> download(String path, String accept, String token) {
        try {
            return HttpClient.newHttpClient().send(api().request(path, token).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
