package org.minyi.petition.web;

import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What petition-service answers at its edges: identical creates and steps racing each other, text a database
 * cannot hold, a misspelt field, and what the framework refuses by itself, each a problem in both languages and
 * never a 500. Counts only what it creates itself (the context is shared).
 */
@ServiceApiTest(topics = Topics.PETITION_EVENTS)
class PetitionRefusalsAndRacesApiTest {

    static final String TOWNSHIP = "339901101";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String CLERK = Tokens.clerk(TOWNSHIP);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static String body(UUID id, String extra) {
        return """
                {"id":"%s","channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"司徒并发","idNumber":"339901198806061234","phone":"13800004444"}],
                 "subject":"边界测试"%s}""".formatted(id, TODAY, TOWNSHIP, extra);
    }

    long eventsOf(UUID id) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id.toString())
                .query(Long.class).single();
    }

    long keysOf(UUID id) {
        return jdbc.sql("SELECT count(*) FROM person_key WHERE petition_id = ?").param(id).query(Long.class).single();
    }

    /** Runs the calls at once, released together, and returns their statuses. */
    static List<Integer> together(List<Callable<ApiClient.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (Callable<ApiClient.Response> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isNotEqualTo(500);
                statuses.add(response.status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identicalCreatesSentAtOnceMakeOnePetitionOneCreatedTheOthersFound() throws Exception {
        UUID id = UUID.randomUUID();
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> api().post("/api/petitions", CLERK, body(id, "")));
        }
        List<Integer> statuses = together(calls);
        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(eventsOf(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM petition_view WHERE id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        // The losers' keys went with their transactions: one person, one key.
        assertThat(keysOf(id)).isEqualTo(1);
    }

    @Test
    void textWithANulCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        var refused = api().post("/api/petitions", CLERK, body(id, ",\"content\":\"前半\\u0000后半\""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("content");
        assertThat(eventsOf(id)).isZero();
        assertThat(keysOf(id)).isZero();
        assertThat(api().get("/api/petitions/" + id, CLERK).status()).isEqualTo(404);
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItNotDropped() {
        UUID id = UUID.randomUUID();
        var refused = api().post("/api/petitions", CLERK, body(id, ",\"contnet\":\"邻里纠纷\""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("contnet");
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void whatTheFrameworkRefusesIsAProblemInBothLanguages() {
        var unknownPath = api().get("/api/nothing-here", CLERK);
        JsonNode notFound = problem(unknownPath, 404);
        assertThat(notFound.toString()).doesNotContain("static resource");

        var delete = api().send(api().request("/api/petitions/" + UUID.randomUUID() + "/register", CLERK).DELETE());
        problem(delete, 405);
        assertThat(delete.header("Allow")).contains("POST");

        var plainText = api().send(api().request("/api/petitions", CLERK).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body(UUID.randomUUID(), ""))));
        problem(plainText, 415);
    }

    @Test
    void stepsRacingOnOnePetitionWithoutIfMatchNeverAnswer500() throws Exception {
        var created = api().post("/api/petitions", CLERK, body(UUID.randomUUID(), ""));
        assertThat(created.status()).isEqualTo(201);
        String path = "/api/petitions/" + created.json().path("id").asString();
        String register = "{\"registeredOn\":\"" + TODAY + "\",\"category\":\"LAND\"}";
        // The same lifecycle step twice: one takes it, the other finds it taken (or lost the race).
        List<Integer> registered = together(List.of(
                () -> api().step(path + "/register", CLERK, register, null),
                () -> api().step(path + "/register", CLERK, register, null)));
        assertThat(registered).isSubsetOf(200, 409, 412);
        assertThat(registered.stream().filter(s -> s == 200)).hasSize(1);
        // Side steps may both be taken, one after the other.
        String instruction = "{\"on\":\"" + TODAY + "\",\"leader\":\"王主任\",\"text\":\"请依法处理\"}";
        List<Integer> instructed = together(List.of(
                () -> api().step(path + "/instructions", CLERK, instruction, null),
                () -> api().step(path + "/instructions", CLERK, instruction, null)));
        assertThat(instructed).isSubsetOf(200, 412).contains(200);
        JsonNode petition = api().get(path, CLERK).json();
        assertThat(petition.path("state").asString()).isEqualTo("REGISTERED");
        assertThat(petition.path("version").asLong()).isEqualTo(1 + instructed.stream().filter(s -> s == 200).count());
    }

    private static JsonNode problem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("titleEn").asString()).isNotBlank();
        return problem;
    }
}
