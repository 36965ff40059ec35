package org.minyi.deputy.web;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.deputy.AbstractDeputyApiTest;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.TestTokenIssuer;
import org.minyi.platform.testing.Tokens;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.deputy.DeputyRoster.COUNTY;
import static org.minyi.deputy.DeputyRoster.OTHER_TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.TOWNSHIP;
import static org.minyi.platform.testing.Tokens.countyAdmin;
import static org.minyi.platform.testing.Tokens.viewer;

/** Deputies over real HTTP, against a real PostgreSQL and a real (embedded KRaft) Kafka broker. */
@ExtendWith(OutputCaptureExtension.class)
class DeputyApiTest extends AbstractDeputyApiTest {

    // Distinctive personal values: none of them may ever appear in a published event or a log line.
    private static final String PHONE = "13857109263";
    private static final String ADDRESS = "青溪县柳岸巷88号";
    private static final String BIRTH_DATE = "1971-03-29";

    private static final PublishedEvents published = new PublishedEvents(Topics.DEPUTY_EVENTS);

    @AfterAll
    static void close() {
        published.close();
    }

    private static String clerk() {
        return TestTokenIssuer.get().token("demo-clerk", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
    }

    private static String body(String id, String township, String mandates) {
        return """
                {%s"name":"柳青山","gender":"MALE","birthDate":"%s","ethnicity":"汉族","party":"NON_PARTY",
                 "occupation":"FARMER","townshipCode":"%s","electoralDistrict":"第三选区",
                 "contact":{"phone":"%s","address":"%s"},
                 "mandates":[%s]}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", BIRTH_DATE, township, PHONE, ADDRESS, mandates);
    }

    private static String townshipMandate(String congress) {
        return "{\"level\":\"TOWNSHIP\",\"congressCode\":\"%s\",\"term\":18,\"electedOn\":\"2021-10-15\"}".formatted(congress);
    }

    private static String countyMandate(String congress) {
        return "{\"level\":\"COUNTY\",\"congressCode\":\"%s\",\"term\":17,\"electedOn\":\"2021-11-20\"}".formatted(congress);
    }

    private ApiClient.Response end(String id, String level, String token, Long ifMatch, String json) {
        return api().step("/api/deputies/" + id + "/mandates/" + level + "/end", token, json, ifMatch);
    }

    private List<ConsumerRecord<String, CloudEvent>> publishedFor(String aggregateId, int atLeast) {
        return published.of(aggregateId, atLeast);
    }

    @Test
    void aDeputyIsRegisteredReadAccordingToRoleAndPublishedWithoutPersonalData(CapturedOutput output) {
        var created = api().post("/api/deputies", clerk(),
                body(null, TOWNSHIP, townshipMandate(TOWNSHIP) + "," + countyMandate(COUNTY)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/deputies/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().path("version").asLong()).isZero();
        assertThat(created.json().path("mandates")).hasSize(2);

        var asAdmin = api().get("/api/deputies/" + id, countyAdmin());
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.header("ETag")).isEqualTo("\"0\"");
        assertThat(asAdmin.json().path("contact").path("phone").asString()).isEqualTo(PHONE);
        assertThat(asAdmin.json().path("contact").path("address").asString()).isEqualTo(ADDRESS);
        assertThat(asAdmin.json().path("birthDate").asString()).isEqualTo(BIRTH_DATE);
        JsonNode mandate = asAdmin.json().path("mandates").get(0);
        assertThat(mandate.path("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(mandate.path("status").asString()).isEqualTo("SERVING");

        var asViewer = api().get("/api/deputies/" + id, viewer());
        assertThat(asViewer.status()).isEqualTo(200);
        assertThat(asViewer.json().has("contact")).isFalse();
        assertThat(asViewer.json().path("name").asString()).isEqualTo("柳青山");
        assertThat(asViewer.body()).doesNotContain(PHONE).doesNotContain(ADDRESS).doesNotContain(BIRTH_DATE);
        String otherClerk = Tokens.clerk(OTHER_TOWNSHIP);
        // Public details are public: a clerk of another township reads them, without the contact.
        var asOtherClerk = api().get("/api/deputies/" + id, otherClerk);
        assertThat(asOtherClerk.status()).isEqualTo(200);
        assertThat(asOtherClerk.body()).doesNotContain(PHONE).doesNotContain(ADDRESS).doesNotContain(BIRTH_DATE);

        // The roster: public details for a viewer, contacts for the township's clerk.
        var roster = api().get("/api/deputies?townshipCode=" + TOWNSHIP + "&level=COUNTY&status=SERVING&size=100", viewer());
        assertThat(roster.status()).as(roster.body()).isEqualTo(200);
        assertThat(roster.json().path("total").asLong()).isPositive();
        assertThat(roster.json().path("size").asInt()).isEqualTo(100);
        assertThat(roster.body()).contains(id).doesNotContain(PHONE).doesNotContain(ADDRESS);
        assertThat(api().get("/api/deputies?townshipCode=" + TOWNSHIP + "&size=100", clerk()).body()).contains(PHONE);
        var otherClerksView = api().get("/api/deputies?townshipCode=" + TOWNSHIP + "&size=100", otherClerk);
        assertThat(otherClerksView.status()).isEqualTo(200);
        assertThat(otherClerksView.body()).contains(id).doesNotContain(PHONE).doesNotContain(ADDRESS);
        // Without a township, a clerk's roster defaults to its own townships.
        assertThat(api().get("/api/deputies", otherClerk).body()).doesNotContain(id);
        assertThat(api().get("/api/deputies?size=0", viewer()).status()).isEqualTo(400);

        var ended = end(id, "TOWNSHIP", clerk(), 0L, "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"RESIGNED\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.header("ETag")).isEqualTo("\"1\"");
        JsonNode township = api().get("/api/deputies/" + id, viewer()).json().path("mandates").get(0);
        assertThat(township.path("status").asString()).isEqualTo("ENDED");
        assertThat(township.path("endReason").asString()).isEqualTo("RESIGNED");
        assertThat(township.path("endedOn").asString()).isEqualTo(TODAY);

        List<ConsumerRecord<String, CloudEvent>> records = publishedFor(id, 2);
        assertThat(records).extracting(r -> r.value().getType())
                .containsExactly(EventTypes.DEPUTY_REGISTERED, EventTypes.MANDATE_ENDED);
        for (ConsumerRecord<String, CloudEvent> record : records) {
            CloudEvent event = record.value();
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getExtension("townshipcode")).isEqualTo(TOWNSHIP);
            byte[] bytes = event.getData().toBytes();
            assertThat(ContractSchemas.problems(event.getType(), bytes)).isEmpty();
            String data = new String(bytes, StandardCharsets.UTF_8);
            assertThat(List.of(PHONE, ADDRESS, BIRTH_DATE)).allSatisfy(secret -> {
                assertThat(data).doesNotContain(secret);
                record.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(secret));
            });
        }
        String registered = new String(records.get(0).value().getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(registered).contains("\"congressCode\":\"" + COUNTY + "\"").contains("\"term\":17")
                .contains("\"electedOn\":\"2021-11-20\"").contains("\"recordedBy\":\"demo-clerk\"");
        String endedData = new String(records.get(1).value().getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(endedData).contains("\"level\":\"TOWNSHIP\"").contains("\"congressCode\":\"" + TOWNSHIP + "\"")
                .contains("\"term\":18").contains("\"endedOn\":\"" + TODAY + "\"").contains("\"reason\":\"RESIGNED\"");
        assertThat(List.of(PHONE, ADDRESS, BIRTH_DATE)).allSatisfy(secret -> assertThat(output.getAll()).doesNotContain(secret));
    }

    @Test
    void endingAnEndedMandateIsAConflictAndAStaleVersionIsRefused() {
        var created = api().post("/api/deputies", countyAdmin(),
                body(null, TOWNSHIP, townshipMandate(TOWNSHIP) + "," + countyMandate(COUNTY)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String endBody = "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"TERM_EXPIRED\"}";

        assertThat(end(id, "TOWNSHIP", countyAdmin(), null, endBody).status()).isEqualTo(200);
        var again = end(id, "TOWNSHIP", countyAdmin(), null, endBody);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().path("type").asString()).endsWith("/illegal-step");
        assertThat(again.json().path("currentState").asString()).isEqualTo("ENDED");
        assertThat(again.json().path("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(again.json().path("allowedActions").isArray()).isTrue();
        var none = end(id, "NATIONAL", countyAdmin(), null, endBody);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().path("currentState").asString()).isEqualTo("NONE");
        assertThat(none.json().path("level").asString()).isEqualTo("NATIONAL");

        var stale = end(id, "COUNTY", countyAdmin(), 0L, endBody);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1L);

        String otherClerk = Tokens.clerk(OTHER_TOWNSHIP);
        assertThat(end(id, "COUNTY", otherClerk, null, endBody).status()).isEqualTo(403);
        assertThat(end(id, "COUNTY", viewer(), null, endBody).status()).isEqualTo(403);
        var badReason = end(id, "COUNTY", countyAdmin(), null, endBody.replace("TERM_EXPIRED", "BORED"));
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        var beforeElection = end(id, "COUNTY", countyAdmin(), null, endBody.replace(TODAY, "2020-01-01"));
        assertThat(beforeElection.status()).isEqualTo(400);
        assertThat(beforeElection.json().path("errors").get(0).path("field").asString()).isEqualTo("endedOn");
        assertThat(end(UUID.randomUUID().toString(), "COUNTY", countyAdmin(), null, endBody).status()).isEqualTo(404);

        var current = end(id, "COUNTY", countyAdmin(), 1L, endBody);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("version").asLong()).isEqualTo(2L);
    }

    @Test
    void theSameCreateSentTwiceMakesOneDeputy() {
        String id = UUID.randomUUID().toString();
        assertThat(api().post("/api/deputies", clerk(), body(id, TOWNSHIP, townshipMandate(TOWNSHIP))).status()).isEqualTo(201);
        var again = api().post("/api/deputies", clerk(), body(id, TOWNSHIP, townshipMandate(TOWNSHIP)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        long storedBefore = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();

        var otherTownship = api().post("/api/deputies", clerk(), body(null, OTHER_TOWNSHIP, townshipMandate(OTHER_TOWNSHIP)));
        assertThat(otherTownship.status()).isEqualTo(403);
        assertThat(otherTownship.json().path("type").asString()).endsWith("/forbidden");
        assertThat(api().post("/api/deputies", viewer(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP))).status())
                .isEqualTo(403);

        var unknownTownship = api().post("/api/deputies", countyAdmin(), body(null, "339901999", townshipMandate(TOWNSHIP)));
        assertThat(unknownTownship.status()).isEqualTo(422);
        assertThat(unknownTownship.json().path("errors").get(0).path("field").asString()).isEqualTo("townshipCode");
        var unknownCongress = api().post("/api/deputies", countyAdmin(), body(null, TOWNSHIP, townshipMandate("339901999")));
        assertThat(unknownCongress.status()).isEqualTo(422);
        assertThat(unknownCongress.json().path("errors").get(0).path("field").asString()).isEqualTo("mandates[0].congressCode");
        var otherCounty = api().post("/api/deputies", countyAdmin(),
                body(null, TOWNSHIP, townshipMandate(TOWNSHIP) + "," + countyMandate("339902")));
        assertThat(otherCounty.status()).isEqualTo(422);
        assertThat(otherCounty.json().path("errors").get(0).path("field").asString()).isEqualTo("mandates[1].congressCode");

        var missing = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP))
                .replace("\"gender\":\"MALE\",", ""));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("gender");
        var badTerm = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP)
                .replace("\"term\":18", "\"term\":0")));
        assertThat(badTerm.status()).isEqualTo(400);
        assertThat(badTerm.json().path("errors").get(0).path("field").asString()).isEqualTo("mandates[0].term");
        var badPhone = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP))
                .replace(PHONE, "call me"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().path("errors").get(0).path("field").asString()).isEqualTo("contact.phone");
        assertThat(badPhone.body()).doesNotContain(ADDRESS);
        // The aggregate's rules come out as 400 too: elected before turning 18.
        var tooYoung = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP))
                .replace(BIRTH_DATE, "2010-01-01"));
        assertThat(tooYoung.status()).isEqualTo(400);
        assertThat(tooYoung.json().path("errors").get(0).path("field").asString()).isEqualTo("mandates[0].electedOn");
        assertThat(api().post("/api/deputies", clerk(), "{not json").status()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isEqualTo(storedBefore);
    }

    @Test
    void aFurtherMandateIsAddedAfterTheLastEndedOrAtAnotherLevel() {
        var created = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP)));
        String id = created.json().path("id").asString();
        String nextTerm = "{\"level\":\"TOWNSHIP\",\"congressCode\":\"%s\",\"term\":19,\"electedOn\":\"%s\"}"
                .formatted(TOWNSHIP, TODAY);

        var stillServing = addMandate(id, clerk(), null, nextTerm);
        assertThat(stillServing.status()).as(stillServing.body()).isEqualTo(400);
        assertThat(stillServing.json().path("errors").get(0).path("field").asString()).isEqualTo("mandate.level");
        assertThat(end(id, "TOWNSHIP", clerk(), 0L, "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"TERM_EXPIRED\"}")
                .status()).isEqualTo(200);
        assertThat(addMandate(id, clerk(), 0L, nextTerm).status()).as("stale version").isEqualTo(412);
        var added = addMandate(id, clerk(), 1L, nextTerm);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.header("ETag")).isEqualTo("\"2\"");
        assertThat(added.json().path("mandates")).hasSize(2);
        assertThat(added.json().path("mandates").get(1).path("term").asInt()).isEqualTo(19);
        assertThat(added.json().path("mandates").get(1).path("status").asString()).isEqualTo("SERVING");

        var unknownCongress = addMandate(id, clerk(), null, countyMandate("339902"));
        assertThat(unknownCongress.status()).isEqualTo(422);
        assertThat(unknownCongress.json().path("errors").get(0).path("field").asString()).isEqualTo("congressCode");
        assertThat(addMandate(id, viewer(), null, countyMandate(COUNTY)).status()).isEqualTo(403);
        assertThat(addMandate(id, clerk(), null, countyMandate(COUNTY)).status()).isEqualTo(200);

        assertThat(publishedFor(id, 4)).extracting(r -> r.value().getType()).containsExactly(EventTypes.DEPUTY_REGISTERED,
                EventTypes.MANDATE_ENDED, EventTypes.MANDATE_ADDED, EventTypes.MANDATE_ADDED);
    }

    @Test
    void identicalCreatesRacingMakeOneDeputyAnsweredOnce201() throws Exception {
        String id = UUID.randomUUID().toString();
        String create = body(id, TOWNSHIP, townshipMandate(TOWNSHIP));
        List<Integer> statuses = all(4, () -> api().post("/api/deputies", clerk(), create));
        assertThat(statuses).as("one 201, the others 200").containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void concurrentStepsOnOneDeputyAreRefusedAsConflictsNeverAsErrors() throws Exception {
        String endBody = "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"TERM_EXPIRED\"}";
        for (Long version : new Long[]{null, 0L, null, 0L}) {
            String id = api().post("/api/deputies", countyAdmin(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP)))
                    .json().path("id").asString();
            List<Integer> statuses = all(3, () -> end(id, "TOWNSHIP", countyAdmin(), version, endBody));
            assertThat(statuses).as("If-Match " + version).containsOnlyOnce(200)
                    .allMatch(s -> s == 200 || s == 409 || s == 412);
        }
    }

    @Test
    void anUnknownPropertyOrANulCharacterIsRefusedNamingTheField() {
        var misspelt = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP))
                .replace("\"ethnicity\"", "\"ethnicty\""));
        assertThat(misspelt.status()).as(misspelt.body()).isEqualTo(400);
        assertThat(misspelt.json().path("errors").get(0).path("field").asString()).isEqualTo("ethnicty");
        var nul = api().post("/api/deputies", clerk(), body(null, TOWNSHIP, townshipMandate(TOWNSHIP))
                .replace("柳青山", "柳\\u0000青山"));
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    /** The statuses of {@code n} calls started at the same moment. */
    private static List<Integer> all(int n, Callable<ApiClient.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call().status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private ApiClient.Response addMandate(String id, String token, Long ifMatch, String json) {
        return api().step("/api/deputies/" + id + "/mandates", token, json, ifMatch);
    }
}
