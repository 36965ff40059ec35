package org.minyi.local;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.platform.testing.ApiClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail end to end, through the gateway: a clerk takes in a petition, the county office reads its
 * petitioners, an account is switched off, and all three are found in {@code GET /api/audit} (from three sources:
 * petition-service's event store, its personal-data reads, the gateway's account log), while the petitioner's name,
 * ID number and phone appear neither in the answer nor in the CSV and Excel files.
 */
@ExtendWith(RunningSuite.class)
class AuditTrailEndToEndTest {

    private static final String NAME = "诸葛晴川";
    private static final String ID_NUMBER = "339901197702148833";
    private static final String PHONE = "13967102255";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ApiClient gateway = new ApiClient(RunningSuite.suite().settings().gatewayUrl());

    private String token(String client, String secret) {
        var response = gateway.clientCredentials(client, secret);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }

    @Test
    void aStepAPersonalDataReadAndAnAccountChangeAreAllInTheAuditTrailWithoutPersonalData() throws IOException {
        String admin = token("demo-admin", "demo-admin-secret");
        String clerk = token("demo-clerk", "demo-clerk-secret");
        String township = gateway.get("/api/townships", admin).json().get(0).path("code").asString();

        var created = gateway.post("/api/petitions", clerk, """
                {"channel":"VISIT","receivedOn":"%s","townshipCode":"%s","visitors":1,
                 "petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"审计村1号"}],
                 "subject":"审计测试","content":"审计测试内容"}""".formatted(TODAY, township, NAME, ID_NUMBER, PHONE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String petition = created.json().path("id").asString();

        var read = gateway.get("/api/petitions/" + petition, admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("petitioners").get(0).path("phone").asString()).isEqualTo(PHONE);

        String account = "audit-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(gateway.post("/api/accounts", admin, """
                {"username":"%s","kind":"CLIENT","password":"audit-e2e-secret-%s","role":"VIEWER"}"""
                .formatted(account, UUID.randomUUID())).status()).isEqualTo(201);
        var disabled = gateway.send(gateway.request("/api/accounts/" + account, admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"role\":\"VIEWER\",\"enabled\":false}")));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        List<JsonNode> onPetition = new ArrayList<>();
        List<JsonNode> onAccount = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            onPetition.clear();
            onAccount.clear();
            gateway.get("/api/audit?itemId=" + petition, admin).json().path("items").forEach(onPetition::add);
            gateway.get("/api/audit?itemId=" + account, admin).json().path("items").forEach(onAccount::add);
            return onPetition.stream().anyMatch(e -> is(e, "PetitionReceived", "demo-clerk"))
                    && onPetition.stream().anyMatch(e -> is(e, "PERSONAL_DATA_READ", "demo-admin"))
                    && onAccount.stream().anyMatch(e -> is(e, "DISABLED", "demo-admin"));
        });
        assertThat(onPetition).allSatisfy(e -> {
            assertThat(e.path("itemKind").asString()).isEqualTo("PETITION");
            assertThat(e.path("townshipCode").asString()).isEqualTo(township);
        });
        assertThat(onAccount).anySatisfy(e -> assertThat(e.path("action").asString()).isEqualTo("CREATED"));

        // The step and the read are filed under the township and the actor too.
        var byTownship = gateway.get("/api/audit?townshipCode=" + township + "&from=" + TODAY + "&to=" + TODAY + "&size=100", admin);
        assertThat(byTownship.status()).isEqualTo(200);
        assertThat(byTownship.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
        // Other roles are refused, through the gateway as at the service.
        assertThat(gateway.get("/api/audit", clerk).status()).isEqualTo(403);

        String everything = gateway.get("/api/audit?from=" + TODAY + "&size=100", admin).body()
                + gateway.get("/api/audit?itemId=" + petition, admin).body() + byTownship.body();
        String csv = new String(download("/api/audit?from=" + TODAY, "text/csv", admin), StandardCharsets.UTF_8);
        assertThat(csv).contains("查看信访人个人信息").contains(petition).contains(account);
        StringBuilder excel = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/api/audit?from=" + TODAY, XLSX, admin)))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    excel.append(cell.toString()).append('|');
                }
            }
        }
        assertThat(excel.toString()).contains(petition).contains("demo-admin");
        for (String personal : List.of(NAME, ID_NUMBER, PHONE, "审计村")) {
            assertThat(everything).as("the audit answer").doesNotContain(personal);
            assertThat(csv).as("the CSV file").doesNotContain(personal);
            assertThat(excel.toString()).as("the Excel file").doesNotContain(personal);
        }
    }

    private static boolean is(JsonNode entry, String action, String actor) {
        return entry.path("action").asString().equals(action) && entry.path("actor").asString().equals(actor);
    }

    private byte[] download(String path, String accept, String token) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    gateway.request(path, token).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path + " as " + accept).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
