package org.minyi.petition.web;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The petition's lifecycle over real HTTP against a real PostgreSQL: every step by the role that records
 * it, the review loop, the extension limit, stale {@code If-Match}, steps out of order, bad dates and
 * unknown references, and who may record what.
 */
@ServiceApiTest(topics = Topics.PETITION_EVENTS)
class PetitionLifecycleApiTest {

    static final String TOWNSHIP = "339901101";
    static final String UNIT = "339901101-ZF";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final TestTokenIssuer ISSUER = TestTokenIssuer.get();
    static final String CLERK = ISSUER.token("clerk-li", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
    static final String OTHER_CLERK = ISSUER.token("clerk-zhao", "TOWNSHIP_CLERK", List.of("339901102"));
    static final String ADMIN = ISSUER.token("admin-chen", "COUNTY_ADMIN", List.of());
    static final String LEADER = ISSUER.token("leader-wang", "LEADER", List.of(TOWNSHIP));
    static final String THE_UNIT = ISSUER.token("unit-zf", "HANDLING_UNIT", List.of(TOWNSHIP), UNIT);
    static final String OTHER_UNIT = ISSUER.token("unit-sh", "HANDLING_UNIT", List.of(TOWNSHIP), "339901101-SH");
    static final String VIEWER = ISSUER.token("viewer", "VIEWER", List.of());
    static final PublishedEvents published = new PublishedEvents(Topics.PETITION_EVENTS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    /** A petition received {@code daysAgo} days ago; its id. */
    String receive(int daysAgo) {
        var created = api().post("/api/petitions", CLERK, """
                {"channel":"VISIT","receivedOn":"%s","townshipCode":"%s","visitors":2,
                 "petitioners":[{"name":"蒋大为","idNumber":"339901198001017777","phone":"13700001111","address":"石桥村8号"}],
                 "subject":"土地承包纠纷","content":"承包地被占"}""".formatted(TODAY.minusDays(daysAgo), TOWNSHIP));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    ApiClient.Response step(String id, String step, String token, String body) {
        return step(id, step, token, body, null);
    }

    ApiClient.Response step(String id, String step, String token, String body, Long ifMatch) {
        return api().step("/api/petitions/" + id + "/" + step, token, body, ifMatch);
    }

    /** Records a step that must succeed; returns the petition after it. */
    JsonNode ok(String id, String step, String token, String body) {
        var response = step(id, step, token, body);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"" + response.json().path("version").asLong() + "\"");
        return response.json();
    }

    static String on(String field) {
        return "\"" + field + "\":\"" + TODAY + "\"";
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    JsonNode registeredAndAssigned(String id) {
        ok(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"LAND\",\"flags\":[]}");
        return ok(id, "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}");
    }

    JsonNode answeredByUnit(String id) {
        registeredAndAssigned(id);
        ok(id, "complete", THE_UNIT, "{" + on("completedOn") + ",\"result\":\"已协调退还\"}");
        return ok(id, "answer", THE_UNIT, "{" + on("answeredOn") + ",\"channel\":\"WRITTEN\",\"text\":\"书面答复\"}");
    }

    @Test
    void theWholeLifecycleByTheRolesThatRecordIt() {
        String id = receive(20);
        JsonNode p = api().get("/api/petitions/" + id, CLERK).json();
        assertThat(p.path("nextStep").asString()).isEqualTo("REGISTER");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.minusDays(17).toString());
        assertThat(p.path("overdue").asBoolean()).isTrue();
        assertThat(texts(p.path("allowedActions"))).contains("REGISTER").doesNotContain("ASSIGN");

        p = ok(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"LAND\",\"flags\":[\"IMPORTANT\"],"
                + "\"villageCode\":\"339901101201\"}");
        assertThat(p.path("state").asString()).isEqualTo("REGISTERED");
        assertThat(p.path("category").asString()).isEqualTo("LAND");
        assertThat(texts(p.path("flags"))).containsExactly("IMPORTANT");
        assertThat(p.path("villageCode").asString()).isEqualTo("339901101201");
        assertThat(p.path("nextStep").asString()).isEqualTo("DISPOSE");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(p.path("overdue").asBoolean()).isTrue();
        assertThat(p.path("deadlines").path("registration").asString()).isEqualTo(TODAY.minusDays(17).toString());

        // Leaders record their own steps; the leader is the account unless named.
        p = ok(id, "instructions", LEADER, "{" + on("on") + ",\"text\":\"请镇政府依法妥善处理\"}");
        p = ok(id, "ownership", LEADER, "{" + on("on") + ",\"note\":\"亲自包案\"}");
        p = ok(id, "appointments", CLERK, "{" + on("on") + ",\"leader\":\"李主席\",\"note\":\"在镇信访室约见\"}");

        p = ok(id, "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}");
        assertThat(p.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(p.path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(p.path("nextStep").asString()).isEqualTo("COMPLETE");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(p.path("overdue").asBoolean()).isFalse();

        // The assigned unit reads it, the ID number masked; another unit does not.
        var asUnit = api().get("/api/petitions/" + id, THE_UNIT);
        assertThat(asUnit.status()).isEqualTo(200);
        assertThat(asUnit.json().path("petitioners").get(0).path("idNumber").asString()).isEqualTo("3399**********7777");
        assertThat(asUnit.json().path("petitioners").get(0).path("phone").asString()).isEqualTo("13700001111");
        assertThat(api().get("/api/petitions/" + id, OTHER_UNIT).status()).isEqualTo(403);
        assertThat(step(id, "complete", OTHER_UNIT, "{" + on("completedOn") + ",\"result\":\"x\"}").status()).isEqualTo(403);

        p = ok(id, "supervision", LEADER, "{" + on("on") + ",\"type\":\"URGE\",\"note\":\"请加快\"}");
        p = ok(id, "extension", THE_UNIT, "{" + on("on") + ",\"days\":30,\"reason\":\"需要测绘\"}");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.plusDays(90).toString());

        p = ok(id, "complete", THE_UNIT, "{" + on("completedOn") + ",\"result\":\"已协调退还承包地\"}");
        assertThat(p.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(p.path("nextStep").asString()).isEqualTo("ANSWER");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.plusDays(15).toString());

        // The office types in the unit's paper answer on its behalf.
        p = ok(id, "answer", CLERK, "{" + on("answeredOn") + ",\"channel\":\"WRITTEN\",\"text\":\"书面答复\","
                + "\"onBehalfOf\":\"unit:" + UNIT + "\"}");
        assertThat(p.path("state").asString()).isEqualTo("ANSWERED");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(p.path("deadlines").path("reviewRequest").asString()).isEqualTo(TODAY.plusDays(30).toString());

        p = ok(id, "return-visit", CLERK, "{" + on("visitedOn") + ",\"satisfaction\":\"SATISFIED\"}");
        assertThat(p.path("state").asString()).isEqualTo("VISITED");
        assertThat(p.path("satisfaction").asString()).isEqualTo("SATISFIED");
        assertThat(p.path("nextStep").asString()).isEqualTo("ARCHIVE");
        assertThat(p.has("deadline")).isFalse();
        assertThat(texts(p.path("allowedActions"))).contains("ARCHIVE").doesNotContain("REQUEST_REVIEW");

        p = ok(id, "archive", ADMIN, "{" + on("archivedOn") + "}");
        assertThat(p.path("state").asString()).isEqualTo("ARCHIVED");
        assertThat(p.has("nextStep")).isFalse();
        assertThat(p.path("overdue").asBoolean()).isFalse();
        assertThat(p.path("allowedActions").isEmpty()).isTrue();
        assertThat(p.path("version").asLong()).isEqualTo(11);

        // The timeline: who did what, when, on whose behalf.
        JsonNode timeline = api().get("/api/petitions/" + id, CLERK).json().path("timeline");
        List<String> actions = new ArrayList<>();
        timeline.forEach(t -> actions.add(t.path("action").asString()));
        assertThat(actions).containsExactly("RECEIVE", "REGISTER", "INSTRUCT", "TAKE_OWNERSHIP", "HOLD_APPOINTMENT",
                "ASSIGN", "SUPERVISE", "EXTEND", "COMPLETE", "ANSWER", "RETURN_VISIT", "ARCHIVE");
        assertThat(timeline.get(2).path("recordedBy").asString()).isEqualTo("leader-wang");
        assertThat(timeline.get(2).path("details").path("leader").asString()).isEqualTo("leader-wang");
        assertThat(timeline.get(4).path("details").path("leader").asString()).isEqualTo("李主席");
        assertThat(timeline.get(5).path("details").path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(timeline.get(7).path("recordedBy").asString()).isEqualTo("unit-zf");
        assertThat(timeline.get(7).path("details").path("days").asInt()).isEqualTo(30);
        assertThat(timeline.get(9).path("recordedBy").asString()).isEqualTo("clerk-li");
        assertThat(timeline.get(9).path("onBehalfOf").asString()).isEqualTo("unit:" + UNIT);
        assertThat(timeline.get(11).path("recordedBy").asString()).isEqualTo("admin-chen");
        timeline.forEach(t -> assertThat(t.path("on").asString()).isNotBlank());

        // Every step is published, in order, valid against its schema, with the facts the metrics need
        // and none of the free text.
        List<ConsumerRecord<String, CloudEvent>> records = published.of(id, 13);
        assertThat(records.stream().map(r -> r.value().getType()).toList()).containsExactly(
                EventTypes.PETITION_RECEIVED, EventTypes.PETITION_DEADLINES_SET, EventTypes.PETITION_REGISTERED,
                EventTypes.PETITION_INSTRUCTED, EventTypes.PETITION_CASE_OWNERSHIP_TAKEN,
                EventTypes.PETITION_APPOINTMENT_HELD, EventTypes.PETITION_ASSIGNED, EventTypes.PETITION_SUPERVISED,
                EventTypes.PETITION_DEADLINE_EXTENDED, EventTypes.PETITION_COMPLETED, EventTypes.PETITION_ANSWERED,
                EventTypes.PETITION_RETURN_VISITED, EventTypes.PETITION_ARCHIVED);
        assertThat(records.stream().map(r -> r.value().getId()).distinct()).hasSize(13);
        for (ConsumerRecord<String, CloudEvent> record : records) {
            byte[] data = record.value().getData().toBytes();
            assertThat(ContractSchemas.problems(record.value().getType(), data)).as(record.value().getType()).isEmpty();
            assertThat(record.value().getExtension("townshipcode")).isEqualTo(TOWNSHIP);
            assertThat(record.value().getSubject()).isEqualTo(id);
            assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("请镇政府依法妥善处理", "亲自包案", "李主席",
                    "已协调退还承包地", "书面答复", "需要测绘", "请加快", "土地承包纠纷", "承包地被占");
        }
        JsonNode deadlines = json(records.get(1));
        assertThat(deadlines.path("registrationDeadline").asString()).isEqualTo(TODAY.minusDays(17).toString());
        assertThat(deadlines.path("dispositionDeadline").asString()).isEqualTo(TODAY.minusDays(5).toString());
        JsonNode assigned = json(records.get(6));
        assertThat(assigned.path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(assigned.path("category").asString()).isEqualTo("LAND");
        assertThat(texts(assigned.path("flags"))).containsExactly("IMPORTANT");
        assertThat(assigned.path("receivedOn").asString()).isEqualTo(TODAY.minusDays(20).toString());
        assertThat(assigned.path("assignedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(assigned.path("dispositionDeadline").asString()).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(assigned.path("completionDeadline").asString()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(json(records.get(8)).path("completionDeadline").asString()).isEqualTo(TODAY.plusDays(90).toString());
        assertThat(json(records.get(9)).path("answerDeadline").asString()).isEqualTo(TODAY.plusDays(15).toString());
        assertThat(json(records.get(10)).path("onBehalfOf").asString()).isEqualTo("unit:" + UNIT);
        assertThat(json(records.get(10)).path("returnVisitDeadline").asString()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(json(records.get(11)).path("satisfaction").asString()).isEqualTo("SATISFIED");
    }

    static JsonNode json(ConsumerRecord<String, CloudEvent> record) {
        return JsonMapper.builder().build().readTree(record.value().getData().toBytes());
    }

    @AfterAll
    static void close() {
        published.close();
    }

    @Test
    void aReviewRequestSendsItBackToTheSameUnitUntilThePetitionerIsSatisfied() {
        String id = receive(0);
        answeredByUnit(id);
        JsonNode p = ok(id, "return-visit", CLERK, "{" + on("visitedOn") + ",\"satisfaction\":\"UNSATISFIED\"}");
        assertThat(texts(p.path("allowedActions"))).contains("REQUEST_REVIEW", "ARCHIVE");

        p = ok(id, "review-request", CLERK, "{" + on("requestedOn") + ",\"reason\":\"对处理结果不服\"}");
        assertThat(p.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(p.path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(p.path("round").asInt()).isEqualTo(2);
        assertThat(p.path("nextStep").asString()).isEqualTo("COMPLETE");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(p.has("satisfaction")).isFalse();

        ok(id, "complete", THE_UNIT, "{" + on("completedOn") + ",\"result\":\"复查后重新测量\"}");
        ok(id, "answer", THE_UNIT, "{" + on("answeredOn") + ",\"channel\":\"IN_PERSON\",\"text\":\"当面答复\"}");
        p = ok(id, "return-visit", CLERK, "{" + on("visitedOn") + ",\"satisfaction\":\"BASICALLY_SATISFIED\"}");
        assertThat(texts(p.path("allowedActions"))).doesNotContain("REQUEST_REVIEW");
        p = ok(id, "archive", CLERK, "{" + on("archivedOn") + "}");
        assertThat(p.path("state").asString()).isEqualTo("ARCHIVED");
        assertThat(p.path("round").asInt()).isEqualTo(2);
        JsonNode review = published.of(id, 12).stream()
                .filter(r -> r.value().getType().equals(EventTypes.PETITION_REVIEW_REQUESTED)).map(r -> json(r))
                .findFirst().orElseThrow();
        assertThat(review.path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(review.path("round").asInt()).isEqualTo(2);
        assertThat(review.path("completionDeadline").asString()).isEqualTo(TODAY.plusDays(60).toString());

        // A petition that no unit handled (not accepted) has no review to go back to.
        String other = receive(0);
        ok(other, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"LAW_AND_LITIGATION\"}");
        ok(other, "not-accept", CLERK, "{" + on("decidedOn") + ",\"reason\":\"已进入诉讼程序\"}");
        ok(other, "answer", CLERK, "{" + on("answeredOn") + ",\"channel\":\"WRITTEN\",\"text\":\"不予受理告知书\"}");
        var refused = step(other, "review-request", CLERK, "{" + on("requestedOn") + ",\"reason\":\"不服\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("currentState").asString()).isEqualTo("ANSWERED");
        assertThat(texts(refused.json().path("allowedActions"))).contains("RETURN_VISIT").doesNotContain("REQUEST_REVIEW");
    }

    @Test
    void oneExtensionOfAtMostThirtyDays() {
        String id = receive(0);
        registeredAndAssigned(id);
        var tooLong = step(id, "extension", THE_UNIT, "{" + on("on") + ",\"days\":31,\"reason\":\"复杂\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("days");
        var none = step(id, "extension", THE_UNIT, "{" + on("on") + ",\"days\":0,\"reason\":\"复杂\"}");
        assertThat(none.status()).isEqualTo(400);
        var noReason = step(id, "extension", THE_UNIT, "{" + on("on") + ",\"days\":10}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

        JsonNode p = ok(id, "extension", THE_UNIT, "{" + on("on") + ",\"days\":30,\"reason\":\"需要鉴定\"}");
        assertThat(p.path("deadline").asString()).isEqualTo(TODAY.plusDays(90).toString());
        assertThat(texts(p.path("allowedActions"))).doesNotContain("EXTEND");

        var second = step(id, "extension", THE_UNIT, "{" + on("on") + ",\"days\":5,\"reason\":\"还需时间\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().path("type").asString()).endsWith("/illegal-step");
        assertThat(second.json().path("currentState").asString()).isEqualTo("ASSIGNED");
        assertThat(texts(second.json().path("allowedActions"))).contains("COMPLETE").doesNotContain("EXTEND");
        assertThat(api().get("/api/petitions/" + id, CLERK).json().path("deadline").asString())
                .isEqualTo(TODAY.plusDays(90).toString());
    }

    @Test
    void aStaleIfMatchIsRefusedAndAFreshOneAccepted() {
        String id = receive(0);
        var registered = step(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"OTHER\"}", 0L);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");

        var stale = step(id, "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}", 0L);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("type").asString()).endsWith("/stale-version");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(api().get("/api/petitions/" + id, CLERK).json().path("state").asString()).isEqualTo("REGISTERED");

        assertThat(step(id, "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}", 1L).status())
                .isEqualTo(200);
    }

    @Test
    void stepsOutOfOrderBadDatesAndUnknownReferencesAreRefusedAndStoreNothing() {
        String id = receive(3);
        long stored = eventsOf(id);

        var outOfOrder = step(id, "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}");
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.json().path("currentState").asString()).isEqualTo("RECEIVED");
        assertThat(texts(outOfOrder.json().path("allowedActions")))
                .containsExactlyInAnyOrder("REGISTER", "INSTRUCT", "TAKE_OWNERSHIP", "HOLD_APPOINTMENT", "SUPERVISE");
        assertThat(outOfOrder.json().path("detailEn").asString()).isNotBlank();

        var beforeReceipt = step(id, "register", CLERK, "{\"registeredOn\":\"" + TODAY.minusDays(4) + "\",\"category\":\"LAND\"}");
        assertThat(beforeReceipt.status()).isEqualTo(400);
        assertThat(beforeReceipt.json().path("errors").get(0).path("field").asString()).isEqualTo("registeredOn");
        var future = step(id, "register", CLERK, "{\"registeredOn\":\"" + TODAY.plusDays(1) + "\",\"category\":\"LAND\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("registeredOn");
        var noDate = step(id, "register", CLERK, "{\"category\":\"LAND\"}");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().path("errors").get(0).path("field").asString()).isEqualTo("registeredOn");
        var badCategory = step(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"WEATHER\"}");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().path("errors").get(0).path("field").asString()).isEqualTo("category");
        var repeatWithoutOriginal = step(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"LAND\",\"flags\":[\"REPEAT\"]}");
        assertThat(repeatWithoutOriginal.status()).isEqualTo(400);
        assertThat(repeatWithoutOriginal.json().path("errors").get(0).path("field").asString()).isEqualTo("repeatOf");
        var unknownOriginal = step(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"LAND\",\"repeatOf\":\"" + UUID.randomUUID() + "\"}");
        assertThat(unknownOriginal.status()).isEqualTo(422);
        assertThat(unknownOriginal.json().path("errors").get(0).path("field").asString()).isEqualTo("repeatOf");
        assertThat(eventsOf(id)).isEqualTo(stored);

        ok(id, "register", CLERK, "{" + on("registeredOn") + ",\"category\":\"LAND\"}");
        for (String unit : new String[]{"339901102-ZF", "339901101-NONE"}) {
            var unknownUnit = step(id, "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + unit + "\"}");
            assertThat(unknownUnit.status()).as(unit).isEqualTo(422);
            assertThat(unknownUnit.json().path("type").asString()).endsWith("/unknown-reference");
            assertThat(unknownUnit.json().path("errors").get(0).path("field").asString()).isEqualTo("unitCode");
        }
        assertThat(step(UUID.randomUUID().toString(), "assign", CLERK, "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}")
                .status()).isEqualTo(404);
        assertThat(eventsOf(id)).isEqualTo(stored + 1);
    }

    @Test
    void eachRoleRecordsOnlyItsOwnSteps() {
        String id = receive(0);
        String register = "{" + on("registeredOn") + ",\"category\":\"LAND\"}";
        assertThat(step(id, "register", OTHER_CLERK, register).status()).isEqualTo(403);
        assertThat(step(id, "register", VIEWER, register).status()).isEqualTo(403);
        assertThat(step(id, "register", LEADER, register).status()).isEqualTo(403);
        assertThat(step(id, "register", THE_UNIT, register).status()).isEqualTo(403);
        assertThat(step(id, "register", null, register).status()).isEqualTo(401);
        ok(id, "register", ADMIN, register);

        String assign = "{" + on("assignedOn") + ",\"unitCode\":\"" + UNIT + "\"}";
        assertThat(step(id, "assign", LEADER, assign).status()).isEqualTo(403);
        // Before assignment the unit has no access at all, not even to its own kind of step.
        assertThat(step(id, "complete", THE_UNIT, "{" + on("completedOn") + ",\"result\":\"x\"}").status()).isEqualTo(403);
        ok(id, "assign", CLERK, assign);

        // A unit records its own steps, not the office's; an office typing in a unit's step names that unit.
        assertThat(step(id, "supervision", THE_UNIT, "{" + on("on") + ",\"type\":\"URGE\"}").status()).isEqualTo(403);
        var wrongUnit = step(id, "complete", CLERK, "{" + on("completedOn") + ",\"result\":\"x\",\"onBehalfOf\":\"unit:339901101-SH\"}");
        assertThat(wrongUnit.status()).isEqualTo(400);
        assertThat(wrongUnit.json().path("errors").get(0).path("field").asString()).isEqualTo("onBehalfOf");
        var unitForOthers = step(id, "complete", THE_UNIT, "{" + on("completedOn") + ",\"result\":\"x\",\"onBehalfOf\":\"unit:" + UNIT + "\"}");
        assertThat(unitForOthers.status()).isEqualTo(403);
        assertThat(step(id, "supervision", OTHER_CLERK, "{" + on("on") + ",\"type\":\"ESCALATE\"}").status()).isEqualTo(403);
        ok(id, "supervision", ISSUER.token("county-leader", "LEADER", List.of()), "{" + on("on") + ",\"type\":\"ESCALATE\"}");
        ok(id, "complete", CLERK, "{" + on("completedOn") + ",\"result\":\"x\",\"onBehalfOf\":\"unit:" + UNIT + "\"}");
    }

    @Test
    void listsFilterByTownshipStateUnitOverdueCategoryAndDateWithinTheCallersScope() {
        String t2 = "339901102";
        String t3 = "339901103";
        String p1 = receiveIn(t2, 30);
        String p2 = receiveIn(t2, 10);
        ok(p2, "register", ADMIN, "{" + on("registeredOn") + ",\"category\":\"LAND\"}");
        ok(p2, "assign", ADMIN, "{" + on("assignedOn") + ",\"unitCode\":\"339901102-ZF\"}");
        String p3 = receiveIn(t2, 2);
        ok(p3, "register", ADMIN, "{" + on("registeredOn") + ",\"category\":\"DEMOLITION\"}");
        String p4 = receiveIn(t3, 5);

        JsonNode all = list(ADMIN, "townshipCode=" + t2);
        assertThat(ids(all)).containsExactly(p3, p2, p1);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("page").asInt()).isZero();
        assertThat(all.path("size").asInt()).isEqualTo(20);
        JsonNode first = all.path("items").get(2);
        assertThat(first.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(first.path("nextStep").asString()).isEqualTo("REGISTER");
        assertThat(first.path("deadline").asString()).isEqualTo(TODAY.minusDays(27).toString());
        assertThat(first.path("overdue").asBoolean()).isTrue();
        assertThat(first.has("petitioners")).isFalse();
        assertThat(all.toString()).doesNotContain("蒋大为", "13700001111");

        assertThat(ids(list(ADMIN, "townshipCode=" + t2 + "&overdue=true"))).containsExactly(p1);
        assertThat(ids(list(ADMIN, "townshipCode=" + t2 + "&overdue=false"))).containsExactly(p3, p2);
        assertThat(ids(list(ADMIN, "townshipCode=" + t2 + "&state=ASSIGNED"))).containsExactly(p2);
        assertThat(ids(list(ADMIN, "unitCode=339901102-ZF"))).containsExactly(p2);
        assertThat(ids(list(ADMIN, "townshipCode=" + t2 + "&category=DEMOLITION"))).containsExactly(p3);
        assertThat(ids(list(ADMIN, "townshipCode=" + t2 + "&from=" + TODAY.minusDays(10) + "&to=" + TODAY.minusDays(2))))
                .containsExactly(p3, p2);
        JsonNode secondPage = list(ADMIN, "townshipCode=" + t2 + "&size=2&page=1");
        assertThat(ids(secondPage)).containsExactly(p1);
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);
        assertThat(ids(list(ADMIN, "townshipCode=" + t3))).containsExactly(p4);

        // Scope by role.
        assertThat(ids(list(OTHER_CLERK, ""))).containsExactly(p3, p2, p1);
        assertThat(api().get("/api/petitions?townshipCode=" + t3, OTHER_CLERK).status()).isEqualTo(403);
        String unitOfT2 = ISSUER.token("unit-t2", "HANDLING_UNIT", List.of(t2), "339901102-ZF");
        assertThat(ids(list(unitOfT2, ""))).containsExactly(p2);
        assertThat(api().get("/api/petitions?unitCode=339901102-SH", unitOfT2).status()).isEqualTo(403);
        assertThat(ids(list(ISSUER.token("leader-t3", "LEADER", List.of(t3)), ""))).containsExactly(p4);
        assertThat(api().get("/api/petitions", VIEWER).status()).isEqualTo(403);
        assertThat(api().get("/api/petitions", ISSUER.token("d", "DEPUTY", List.of())).status()).isEqualTo(403);
        assertThat(api().get("/api/petitions", null).status()).isEqualTo(401);

        for (String[] bad : new String[][]{{"state=LOST", "state"}, {"size=0", "size"}, {"size=101", "size"},
                {"page=-1", "page"}, {"from=yesterday", "from"}, {"overdue=perhaps", "overdue"},
                {"from=" + TODAY + "&to=" + TODAY.minusDays(1), "to"}}) {
            var refused = api().get("/api/petitions?" + bad[0], ADMIN);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void deskListsFilterByChannelDueDateFlagsInstructionAndOwnerAndSortByDeadline() {
        String t4 = "339901104";
        String unit4 = "339901104-ZF";
        String leader4 = ISSUER.token("leader-t4", "LEADER", List.of(t4));
        // Due (registration, receipt + 3) on TODAY - 7: p1 and p6 (same day, ties by id); p2 the day after.
        String p1 = receiveIn(t4, 10, "LETTER");
        String p6 = receiveIn(t4, 10, "PHONE");
        String p2 = receiveIn(t4, 9, "VISIT");
        // Nothing pending: visited, waiting only to be archived.
        String p3 = receiveIn(t4, 20, "PHONE");
        ok(p3, "register", ADMIN, "{" + on("registeredOn") + ",\"category\":\"LAND\"}");
        ok(p3, "assign", ADMIN, "{" + on("assignedOn") + ",\"unitCode\":\"" + unit4 + "\"}");
        String forUnit = ",\"onBehalfOf\":\"unit:" + unit4 + "\"}";
        ok(p3, "complete", ADMIN, "{" + on("completedOn") + ",\"result\":\"已办结\"" + forUnit);
        ok(p3, "answer", ADMIN, "{" + on("answeredOn") + ",\"channel\":\"WRITTEN\",\"text\":\"答复\"" + forUnit);
        JsonNode visited = ok(p3, "return-visit", ADMIN, "{" + on("visitedOn") + ",\"satisfaction\":\"SATISFIED\"}");
        assertThat(visited.has("deadline")).as("nothing pending").isFalse();
        // Important ones (disposition, receipt + 15): p4 owned by a leader the office names, p5 instructed on and
        // owned by the leader who recorded it.
        String p4 = receiveIn(t4, 2, "LETTER");
        ok(p4, "register", ADMIN, "{" + on("registeredOn") + ",\"category\":\"LAND\",\"flags\":[\"IMPORTANT\"]}");
        ok(p4, "ownership", ADMIN, "{" + on("on") + ",\"leader\":\"王主任\"}");
        String p5 = receiveIn(t4, 1, "LETTER");
        ok(p5, "register", ADMIN, "{" + on("registeredOn")
                + ",\"category\":\"LAND\",\"flags\":[\"IMPORTANT\",\"LEVEL_SKIPPING\"]}");
        ok(p5, "instructions", leader4, "{" + on("on") + ",\"text\":\"请尽快办理\"}");
        ok(p5, "ownership", leader4, "{" + on("on") + "}");
        List<String> sameDay = byId(p1, p6);
        String scope = "townshipCode=" + t4;

        // What a desk row shows, and nothing personal.
        JsonNode row = list(ADMIN, scope + "&channel=VISIT");
        assertThat(ids(row)).containsExactly(p2);
        JsonNode item = row.path("items").get(0);
        assertThat(item.path("channel").asString()).isEqualTo("VISIT");
        assertThat(item.path("receivedOn").asString()).isEqualTo(TODAY.minusDays(9).toString());
        assertThat(item.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(item.path("nextStep").asString()).isEqualTo("REGISTER");
        assertThat(item.path("deadline").asString()).isEqualTo(TODAY.minusDays(6).toString());
        assertThat(item.path("overdue").asBoolean()).isTrue();
        assertThat(item.path("townshipCode").asString()).isEqualTo(t4);
        assertThat(item.has("petitioners")).isFalse();
        assertThat(item.has("timeline")).isFalse();
        assertThat(row.toString()).doesNotContain("蒋大为", "13700001111");
        assertThat(ids(list(ADMIN, scope + "&channel=LETTER"))).containsExactly(p5, p4, p1);

        // Due on or before a date: that day included, the day after not, nothing pending never.
        assertThat(ids(list(ADMIN, scope + "&dueBefore=" + TODAY.minusDays(8)))).isEmpty();
        assertThat(ids(list(ADMIN, scope + "&dueBefore=" + TODAY.minusDays(7)))).containsExactlyElementsOf(sameDay);
        assertThat(ids(list(ADMIN, scope + "&dueBefore=" + TODAY.minusDays(6))))
                .containsExactly(p2, sameDay.get(0), sameDay.get(1));
        JsonNode dueSoon = list(ADMIN, scope + "&dueBefore=" + TODAY.plusDays(60));
        assertThat(ids(dueSoon)).containsExactlyInAnyOrder(p1, p2, p4, p5, p6).doesNotContain(p3);
        assertThat(dueSoon.path("total").asLong()).isEqualTo(5);
        assertThat(ids(list(ADMIN, scope + "&dueBefore=" + TODAY.plusDays(13) + "&channel=LETTER"))).containsExactly(p4, p1);

        // Flags (all of them), instruction, ownership: the leader's "waiting for an instruction" list.
        assertThat(ids(list(ADMIN, scope + "&flag=IMPORTANT"))).containsExactly(p5, p4);
        assertThat(ids(list(ADMIN, scope + "&flag=IMPORTANT&flag=LEVEL_SKIPPING"))).containsExactly(p5);
        assertThat(ids(list(ADMIN, scope + "&flag=LEVEL_SKIPPING&flag=REPEAT"))).isEmpty();
        assertThat(ids(list(leader4, "flag=IMPORTANT&instructed=false"))).containsExactly(p4);
        assertThat(ids(list(leader4, "flag=IMPORTANT&instructed=true"))).containsExactly(p5);
        assertThat(list(ADMIN, scope + "&instructed=false").path("total").asLong()).isEqualTo(5);
        assertThat(ids(list(ADMIN, scope + "&owner=王主任"))).containsExactly(p4);
        assertThat(ids(list(leader4, "owner=leader-t4"))).containsExactly(p5);
        assertThat(ids(list(ADMIN, scope + "&owner=李主任"))).isEmpty();
        assertThat(ids(list(ADMIN, scope + "&owner="))).hasSize(6);

        // Orders both ways, nothing pending last both ways, ties by id; pages follow the order.
        assertThat(ids(list(ADMIN, scope + "&sort=deadline")))
                .containsExactly(sameDay.get(0), sameDay.get(1), p2, p4, p5, p3);
        assertThat(ids(list(ADMIN, scope + "&sort=-deadline")))
                .containsExactly(p5, p4, p2, sameDay.get(0), sameDay.get(1), p3);
        assertThat(ids(list(ADMIN, scope + "&sort=receivedOn")))
                .containsExactly(p3, sameDay.get(0), sameDay.get(1), p2, p4, p5);
        List<String> latestFirst = List.of(p5, p4, p2, sameDay.get(0), sameDay.get(1), p3);
        assertThat(ids(list(ADMIN, scope + "&sort=-receivedOn"))).containsExactlyElementsOf(latestFirst);
        assertThat(ids(list(ADMIN, scope))).as("the default order is unchanged").containsExactlyElementsOf(latestFirst);
        assertThat(ids(list(ADMIN, scope + "&sort=deadline&size=2&page=1"))).containsExactly(p2, p4);
        assertThat(ids(list(ADMIN, scope + "&sort=-deadline&flag=IMPORTANT"))).containsExactly(p5, p4);

        // Unknown or mistyped values are 400 naming the parameter, in both languages; the scope still holds.
        var badSort = api().get("/api/petitions?" + scope + "&sort=urgency", ADMIN);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().path("errors").get(0).path("field").asString()).isEqualTo("sort");
        assertThat(badSort.json().path("errors").get(0).path("message").asString()).contains("deadline", "-receivedOn");
        assertThat(badSort.json().path("errors").get(0).path("messageEn").asString()).contains("deadline", "-receivedOn");
        assertThat(badSort.json().path("title").asString()).isNotBlank();
        assertThat(badSort.json().path("titleEn").asString()).isEqualTo("Invalid request");
        assertThat(badSort.json().path("detailEn").asString()).contains("sort");
        for (String[] bad : new String[][]{{"sort=Deadline", "sort"}, {"sort=received_on", "sort"},
                {"channel=FAX", "channel"}, {"dueBefore=soon", "dueBefore"}, {"dueBefore=2026-13-01", "dueBefore"},
                {"flag=SHINY", "flag"}, {"flag=IMPORTANT&flag=SHINY", "flag"}, {"instructed=perhaps", "instructed"}}) {
            var refused = api().get("/api/petitions?" + bad[0], ADMIN);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(ids(list(ISSUER.token("clerk-t4", "TOWNSHIP_CLERK", List.of(t4)), "flag=IMPORTANT&sort=deadline")))
                .containsExactly(p4, p5);
        assertThat(api().get("/api/petitions?" + scope + "&flag=IMPORTANT", OTHER_CLERK).status()).isEqualTo(403);
        assertThat(ids(list(OTHER_CLERK, "flag=IMPORTANT"))).doesNotContain(p4, p5);
    }

    /** The ids in the list's tie order: PostgreSQL compares uuids byte by byte, as their lower-case hex text. */
    static List<String> byId(String... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }

    String receiveIn(String township, int daysAgo, String channel) {
        var created = api().post("/api/petitions", ADMIN, """
                {"channel":"%s","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"蒋大为","phone":"13700001111"}],"subject":"列表测试"}""".formatted(
                channel, TODAY.minusDays(daysAgo), township));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    String receiveIn(String township, int daysAgo) {
        var created = api().post("/api/petitions", ADMIN, """
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"蒋大为","phone":"13700001111"}],"subject":"列表测试"}""".formatted(
                TODAY.minusDays(daysAgo), township));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    JsonNode list(String token, String query) {
        var response = api().get("/api/petitions?" + query, token);
        assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    long eventsOf(String id) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single();
    }
}
