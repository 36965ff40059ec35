package org.minyi.proposal.web;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposals over real HTTP, against a real PostgreSQL and a real (embedded KRaft) Kafka broker. Shares its
 * application context (and database) with the service's other API tests: it counts only its own items.
 */
@ServiceApiTest(topics = {Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS})
class ProposalApiTest {

    static final String TOWNSHIP = "339901101";
    static final String OTHER_TOWNSHIP = "339901102";
    static final String COUNTY = "339901";
    static final String UNIT = "339901101-ZF";
    static final String CO_UNIT = "339901-JT";
    static final String OTHER_UNIT = "339901101-NY";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** Serving in the township congress (and the first ten in the county congress too). */
    static final List<UUID> DEPUTIES = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
    static final UUID LEAD = DEPUTIES.get(0);
    static final UUID NOT_SERVING = UUID.randomUUID();

    private static final PublishedEvents published = new PublishedEvents(Topics.PROPOSAL_EVENTS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        published.close();
    }

    /** The roster as the deputy topic would have built it (the Kafka path itself is DeputyRosterFromKafkaTest's). */
    @BeforeEach
    void roster() {
        for (int i = 0; i < DEPUTIES.size(); i++) {
            UUID id = DEPUTIES.get(i);
            jdbc.sql("INSERT INTO known_deputy VALUES (?, ?, ?) ON CONFLICT DO NOTHING").params(id, "代表" + i, TOWNSHIP).update();
            jdbc.sql("INSERT INTO deputy_congress_mandate VALUES (?, 'TOWNSHIP', ?, 18, '2021-12-20', 'SERVING', NULL) ON CONFLICT DO NOTHING")
                    .params(id, TOWNSHIP).update();
            if (i < 10) {
                jdbc.sql("INSERT INTO deputy_congress_mandate VALUES (?, 'COUNTY', ?, 17, '2021-11-10', 'SERVING', NULL) ON CONFLICT DO NOTHING")
                        .params(id, COUNTY).update();
            }
        }
        jdbc.sql("INSERT INTO known_deputy VALUES (?, '前代表', ?) ON CONFLICT DO NOTHING").params(NOT_SERVING, TOWNSHIP).update();
        jdbc.sql("INSERT INTO deputy_congress_mandate VALUES (?, 'TOWNSHIP', ?, 18, '2021-12-20', 'ENDED', '2025-12-01') ON CONFLICT DO NOTHING")
                .params(NOT_SERVING, TOWNSHIP).update();
    }

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static String clerk() {
        return Tokens.clerk(TOWNSHIP);
    }

    static String unit() {
        return Tokens.unit(UNIT, TOWNSHIP);
    }

    static String lead() {
        return deputy(LEAD);
    }

    static String deputy(UUID id) {
        return Tokens.deputy(id.toString());
    }

    static String ids(List<UUID> ids) {
        return String.join(",", ids.stream().map(i -> "\"" + i + "\"").toList());
    }

    static String motion(UUID id, String congress, List<UUID> coSigners, LocalDate on) {
        return """
                {"id":"%s","kind":"MOTION","congressCode":"%s","sessionId":"18-3","submittedOn":"%s","leadDeputyId":"%s",
                 "coSignerIds":[%s],"title":"关于修缮青石镇村道的议案","content":"村道破损严重","category":"URBAN_RURAL_CONSTRUCTION"}"""
                .formatted(id, congress, on, LEAD, ids(coSigners));
    }

    ApiClient.Response post(String path, String token, String body) {
        return api().post(path, token, body);
    }

    JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> fields(ApiClient.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    UUID submitted(LocalDate on) {
        UUID id = UUID.randomUUID();
        var r = post("/api/proposals", lead(), motion(id, TOWNSHIP, DEPUTIES.subList(1, 5), on));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    UUID assigned(LocalDate on) {
        UUID id = submitted(on);
        ok(post("/api/proposals/" + id + "/register", clerk(), "{\"registeredOn\":\"" + on + "\"}"));
        ok(post("/api/proposals/" + id + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"%s","coUnitCodes":["%s"],"responsibleLeader":"张副镇长","handler":"李干事",
                 "complex":false}""".formatted(on, UNIT, CO_UNIT)));
        return id;
    }

    @Test
    void theWholeLifecycleWithTwoReHandlingRounds() {
        UUID id = UUID.randomUUID();
        String p = "/api/proposals/" + id;
        var created = post("/api/proposals", lead(), motion(id, TOWNSHIP, DEPUTIES.subList(1, 5), TODAY));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode c = created.json();
        assertThat(c.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(c.path("townshipCode").asString()).isEqualTo(TOWNSHIP);
        assertThat(c.path("leadDeputy").path("name").asString()).isEqualTo("代表0");
        assertThat(c.path("coSigners")).hasSize(4);
        assertThat(c.path("nextStep").asString()).isEqualTo("REGISTER");

        // The same create again: 200 with the same proposal, nothing new.
        var again = post("/api/proposals", lead(), motion(id, TOWNSHIP, DEPUTIES.subList(1, 5), TODAY));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("version").asLong()).isZero();
        assertThat(again.header("ETag")).isEqualTo("\"0\"");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id.toString())
                .query(Long.class).single()).isEqualTo(1L);

        ok(post(p + "/register", clerk(), "{\"registeredOn\":\"" + TODAY + "\"}"));
        JsonNode a = ok(post(p + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"%s","coUnitCodes":["%s"],"responsibleLeader":"张副镇长","handler":"李干事",
                 "complex":true}""".formatted(TODAY, UNIT, CO_UNIT)));
        assertThat(a.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(a.path("deadline").asString()).isEqualTo(TODAY.plusMonths(6).toString());
        assertThat(a.path("overdue").asBoolean()).isFalse();
        assertThat(a.path("assignment").path("coUnitCodes").get(0).asString()).isEqualTo(CO_UNIT);

        // Round 1: no reply before a consultation.
        var early = post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"A\",\"text\":\"已解决\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("type").asString()).endsWith("/illegal-step");
        assertThat(early.json().path("currentState").asString()).isEqualTo("ASSIGNED");
        assertThat(early.json().path("allowedActions").toString()).contains("CONSULT", "WAIVE_CONSULTATION");
        assertThat(early.json().path("titleEn").asString()).isNotBlank();

        ok(post(p + "/consultations", unit(), """
                {"heldOn":"%s","form":"FACE_TO_FACE","attendees":["代表0","李干事"]}""".formatted(TODAY)));
        ok(post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"C\",\"text\":\"受条件限制暂不能解决\"}"));
        JsonNode r2 = ok(post(p + "/evaluations", lead(), "{\"evaluatedOn\":\"" + TODAY + "\",\"result\":\"UNSATISFIED\"}"));
        assertThat(r2.path("state").asString()).isEqualTo("REHANDLING");
        assertThat(r2.path("round").asInt()).isEqualTo(2);
        assertThat(r2.path("deadline").asString()).isEqualTo(TODAY.plusMonths(6).toString());

        // Round 2: the deputy waives; the office records the evaluation on the deputy's behalf.
        var early2 = post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"A\",\"text\":\"已解决\"}");
        assertThat(early2.status()).isEqualTo(409);
        assertThat(early2.json().path("currentState").asString()).isEqualTo("REHANDLING");
        ok(post(p + "/consultation-waiver", lead(), "{\"waivedOn\":\"" + TODAY + "\",\"note\":\"无需面商\"}"));
        ok(post(p + "/replies", unit(), """
                {"repliedOn":"%s","replyClass":"B","text":"列入明年计划","plannedCompletionOn":"%s"}"""
                .formatted(TODAY, TODAY.plusMonths(8))));
        JsonNode r3 = ok(post(p + "/evaluations", clerk(), """
                {"evaluatedOn":"%s","result":"UNSATISFIED","onBehalfOf":"deputy:%s"}""".formatted(TODAY, LEAD)));
        assertThat(r3.path("round").asInt()).isEqualTo(3);

        // Round 3, the last: unsatisfied again starts no new round.
        ok(post(p + "/consultations", unit(), "{\"heldOn\":\"" + TODAY + "\",\"form\":\"SITE_VISIT\",\"attendees\":[\"代表0\"]}"));
        ok(post(p + "/replies", unit(), """
                {"repliedOn":"%s","replyClass":"B","text":"分期实施","plannedCompletionOn":"%s"}"""
                .formatted(TODAY, TODAY.plusMonths(4))));
        JsonNode last = ok(post(p + "/evaluations", lead(), "{\"evaluatedOn\":\"" + TODAY + "\",\"result\":\"UNSATISFIED\"}"));
        assertThat(last.path("state").asString()).isEqualTo("EVALUATED");
        assertThat(last.path("round").asInt()).isEqualTo(3);
        assertThat(last.path("nextStep").asString()).isEqualTo("CLOSE");
        var fourth = post(p + "/consultations", unit(), "{\"heldOn\":\"" + TODAY + "\",\"form\":\"PHONE\",\"attendees\":[\"代表0\"]}");
        assertThat(fourth.status()).isEqualTo(409);

        // A stale version is refused; the current one passes.
        long version = last.path("version").asLong();
        var stale = api().step(p + "/close", clerk(), "{\"closedOn\":\"" + TODAY + "\",\"note\":\"主席团决定办结\"}", version - 1);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(version);
        JsonNode closed = ok(api().step(p + "/close", clerk(), "{\"closedOn\":\"" + TODAY + "\",\"note\":\"主席团决定办结\"}", version));
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.has("nextStep")).isFalse();

        // After closing: the class-B reply's implementation, and a public disclosure.
        JsonNode implemented = ok(post(p + "/implementation", clerk(), "{\"recordedOn\":\"" + TODAY + "\",\"implemented\":true}"));
        assertThat(implemented.path("implemented").asBoolean()).isTrue();
        ok(post(p + "/supervision", clerk(), "{\"on\":\"" + TODAY + "\",\"type\":\"PUBLIC_DISCLOSURE\",\"note\":\"半年公示\"}"));

        var read = api().get(p, lead());
        JsonNode item = ok(read);
        assertThat(read.header("ETag")).isEqualTo("\"" + item.path("version").asLong() + "\"");
        List<String> actions = new ArrayList<>();
        item.path("timeline").forEach(t -> actions.add(t.path("action").asString() + "@" + t.path("round").asInt()));
        assertThat(actions).containsExactly("SUBMIT@1", "REGISTER@1", "ASSIGN@1", "CONSULT@1", "REPLY@1", "EVALUATE@1",
                "START_REHANDLING@2", "WAIVE_CONSULTATION@2", "REPLY@2", "EVALUATE@2", "START_REHANDLING@3", "CONSULT@3",
                "REPLY@3", "EVALUATE@3", "CLOSE@3", "RECORD_IMPLEMENTATION@3", "SUPERVISE@3");
        JsonNode onBehalf = item.path("timeline").get(9);
        assertThat(onBehalf.path("recordedBy").asString()).isEqualTo("test-clerk-" + TOWNSHIP);
        assertThat(onBehalf.path("onBehalfOf").asString()).isEqualTo("deputy:" + LEAD);
        assertThat(onBehalf.path("on").asString()).isEqualTo(TODAY.toString());
        assertThat(item.path("timeline").get(4).path("details").path("replyClass").asString()).isEqualTo("C");
    }

    @Test
    void signersMustServeInTheCongressAndMotionsNeedEnoughOfThem() {
        var four = post("/api/proposals", lead(), motion(UUID.randomUUID(), TOWNSHIP, DEPUTIES.subList(1, 4), TODAY));
        assertThat(four.status()).isEqualTo(400);
        assertThat(fields(four)).containsExactly("coSignerIds");

        List<UUID> withEnded = new ArrayList<>(DEPUTIES.subList(1, 4));
        withEnded.add(NOT_SERVING);
        withEnded.add(UUID.randomUUID());
        var notServing = post("/api/proposals", lead(), motion(UUID.randomUUID(), TOWNSHIP, withEnded, TODAY));
        assertThat(notServing.status()).isEqualTo(422);
        assertThat(fields(notServing)).containsExactly("coSignerIds[3]", "coSignerIds[4]");
        assertThat(notServing.json().path("detailEn").asString()).isNotBlank();

        // County congress: ten signers serving there; the eleventh and twelfth deputies serve only in the township.
        var county = post("/api/proposals", lead(), motion(UUID.randomUUID(), COUNTY, DEPUTIES.subList(1, 10), TODAY));
        assertThat(county.status()).as(county.body()).isEqualTo(201);
        assertThat(county.json().path("townshipCode").asString()).as("the lead deputy's township").isEqualTo(TOWNSHIP);
        var countyNine = post("/api/proposals", lead(), motion(UUID.randomUUID(), COUNTY, DEPUTIES.subList(1, 9), TODAY));
        assertThat(countyNine.status()).isEqualTo(400);
        var countyNotServing = post("/api/proposals", lead(), motion(UUID.randomUUID(), COUNTY, DEPUTIES.subList(2, 12), TODAY));
        assertThat(countyNotServing.status()).isEqualTo(422);
        assertThat(fields(countyNotServing)).containsExactly("coSignerIds[8]", "coSignerIds[9]");

        var unknownCongress = post("/api/proposals", lead(), motion(UUID.randomUUID(), "339901999", DEPUTIES.subList(1, 5), TODAY));
        assertThat(unknownCongress.status()).isEqualTo(422);
        assertThat(fields(unknownCongress)).containsExactly("congressCode");

        var suggestion = post("/api/proposals", deputy(DEPUTIES.get(11)), """
                {"kind":"SUGGESTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","title":"增设路灯",
                 "category":"OTHER"}""".formatted(TOWNSHIP, TODAY, DEPUTIES.get(11)));
        assertThat(suggestion.status()).as(suggestion.body()).isEqualTo(201);
        var endedLead = post("/api/proposals", clerk(), """
                {"kind":"SUGGESTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","title":"增设路灯",
                 "category":"OTHER"}""".formatted(TOWNSHIP, TODAY, NOT_SERVING));
        assertThat(endedLead.status()).isEqualTo(422);
        assertThat(fields(endedLead)).containsExactly("leadDeputyId");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var noTitle = post("/api/proposals", lead(), motion(UUID.randomUUID(), TOWNSHIP, DEPUTIES.subList(1, 5), TODAY)
                .replace("\"title\":\"关于修缮青石镇村道的议案\",", ""));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(fields(noTitle)).contains("title");
        var future = post("/api/proposals", lead(), motion(UUID.randomUUID(), TOWNSHIP, DEPUTIES.subList(1, 5), TODAY.plusDays(1)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("submittedOn");
        var badKind = post("/api/proposals", lead(), motion(UUID.randomUUID(), TOWNSHIP, DEPUTIES.subList(1, 5), TODAY)
                .replace("MOTION", "PETITION"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(fields(badKind)).containsExactly("kind");

        UUID id = submitted(TODAY.minusDays(3));
        String p = "/api/proposals/" + id;
        var beforeSubmission = post(p + "/register", clerk(), "{\"registeredOn\":\"" + TODAY.minusDays(4) + "\"}");
        assertThat(beforeSubmission.status()).isEqualTo(400);
        assertThat(fields(beforeSubmission)).containsExactly("registeredOn");
        var tomorrow = post(p + "/register", clerk(), "{\"registeredOn\":\"" + TODAY.plusDays(1) + "\"}");
        assertThat(fields(tomorrow)).containsExactly("registeredOn");
        ok(post(p + "/register", clerk(), "{\"registeredOn\":\"" + TODAY + "\"}"));
        var unknownUnit = post(p + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"339901101-XX","coUnitCodes":["%s","339901-NONE"],"responsibleLeader":"张","handler":"李"}"""
                .formatted(TODAY, CO_UNIT));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(fields(unknownUnit)).containsExactly("leadUnitCode", "coUnitCodes[1]");
        var noHandler = post(p + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"%s","responsibleLeader":"张"}""".formatted(TODAY, UNIT));
        assertThat(fields(noHandler)).containsExactly("handler");
        ok(post(p + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"%s","responsibleLeader":"张","handler":"李"}""".formatted(TODAY, UNIT)));
        ok(post(p + "/consultations", unit(), "{\"heldOn\":\"" + TODAY + "\",\"form\":\"PHONE\",\"attendees\":[\"代表0\"]}"));
        var noPlan = post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"B\",\"text\":\"列入计划\"}");
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(fields(noPlan)).containsExactly("plannedCompletionOn");
        assertThat(api().get("/api/proposals/" + UUID.randomUUID(), clerk()).status()).isEqualTo(404);
        // Nothing of the refused steps was stored.
        assertThat(ok(api().get(p, clerk())).path("state").asString()).isEqualTo("CONSULTED");
    }

    @Test
    void aMisspeltPropertyIsNamedAndEveryUnknownSignerInOneRefusal() {
        var misspelt = post("/api/proposals", lead(), motion(UUID.randomUUID(), TOWNSHIP, DEPUTIES.subList(1, 5), TODAY)
                .replace("\"content\"", "\"contnet\""));
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(fields(misspelt)).containsExactly("contnet");
        UUID id = submitted(TODAY);
        var misspeltStep = post("/api/proposals/" + id + "/register", clerk(), "{\"registerdOn\":\"" + TODAY + "\"}");
        assertThat(misspeltStep.status()).isEqualTo(400);
        assertThat(fields(misspeltStep)).containsExactly("registerdOn");

        // A lead deputy whose mandate ended and two co-signers nobody knows: one 422 naming all three.
        List<UUID> coSigners = List.of(DEPUTIES.get(1), UUID.randomUUID(), DEPUTIES.get(3), UUID.randomUUID());
        var refused = post("/api/proposals", clerk(), """
                {"kind":"MOTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","coSignerIds":[%s],
                 "title":"关于修缮青石镇村道的议案","category":"URBAN_RURAL_CONSTRUCTION"}""".formatted(TOWNSHIP, TODAY, NOT_SERVING, ids(coSigners)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("type").asString()).endsWith("/unknown-reference");
        assertThat(fields(refused)).containsExactly("leadDeputyId", "coSignerIds[1]", "coSignerIds[3]");
        assertThat(refused.json().path("detailEn").asString()).contains("leadDeputyId", "coSignerIds[1]", "coSignerIds[3]");
    }

    @Test
    void conversionDeferralAndEscalationAreRecorded() {
        UUID id = submitted(TODAY);
        String p = "/api/proposals/" + id;
        JsonNode converted = ok(post(p + "/convert", clerk(), "{\"convertedOn\":\"" + TODAY + "\",\"reason\":\"宜作为建议办理\"}"));
        assertThat(converted.path("kind").asString()).isEqualTo("SUGGESTION");
        assertThat(post(p + "/convert", clerk(), "{\"convertedOn\":\"" + TODAY + "\"}").status()).isEqualTo(409);
        ok(post(p + "/register", clerk(), "{\"registeredOn\":\"" + TODAY + "\"}"));
        JsonNode escalated = ok(post(p + "/escalation", clerk(), "{\"escalatedOn\":\"" + TODAY + "\",\"toLevel\":\"COUNTY\",\"note\":\"需县级统筹\"}"));
        assertThat(escalated.path("escalatedTo").asString()).isEqualTo("COUNTY");
        ok(post(p + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"%s","responsibleLeader":"张","handler":"李"}""".formatted(TODAY, UNIT)));
        JsonNode deferred = ok(post(p + "/deferral", clerk(), """
                {"deferredOn":"%s","latestOn":"%s","measures":"分期实施"}""".formatted(TODAY, TODAY.plusMonths(5))));
        assertThat(deferred.path("deferredUntil").asString()).isEqualTo(TODAY.plusMonths(5).toString());
        assertThat(deferred.path("deadline").asString()).isEqualTo(TODAY.plusMonths(3).toString());
    }

    @Test
    void whoMayDoWhat() {
        UUID id = assigned(TODAY);
        String p = "/api/proposals/" + id;
        // A deputy submits only as the lead deputy.
        assertThat(post("/api/proposals", deputy(DEPUTIES.get(1)), motion(UUID.randomUUID(), TOWNSHIP,
                DEPUTIES.subList(1, 5), TODAY)).status()).isEqualTo(403);
        // Another township's clerk neither registers nor reads; a clerk does not act in the county congress.
        assertThat(post(p + "/supervision", Tokens.clerk(OTHER_TOWNSHIP), "{\"on\":\"" + TODAY + "\",\"type\":\"SITE_VISIT\"}").status())
                .isEqualTo(403);
        assertThat(api().get(p, Tokens.clerk(OTHER_TOWNSHIP)).status()).isEqualTo(403);
        assertThat(post("/api/proposals", clerk(), motion(UUID.randomUUID(), COUNTY, DEPUTIES.subList(1, 10), TODAY)).status())
                .isEqualTo(403);
        // Only the lead unit consults and replies; a co-unit reads; another unit does not.
        String consult = "{\"heldOn\":\"" + TODAY + "\",\"form\":\"PHONE\",\"attendees\":[\"代表0\"]}";
        assertThat(post(p + "/consultations", Tokens.unit(CO_UNIT, TOWNSHIP), consult).status()).isEqualTo(403);
        assertThat(api().get(p, Tokens.unit(CO_UNIT, TOWNSHIP)).status()).isEqualTo(200);
        assertThat(api().get(p, Tokens.unit(OTHER_UNIT, TOWNSHIP)).status()).isEqualTo(403);
        // A unit cannot act for someone else; the office can act for the unit.
        assertThat(post(p + "/consultations", unit(), consult.replace("}", ",\"onBehalfOf\":\"unit:" + UNIT + "\"}")).status())
                .isEqualTo(403);
        JsonNode byOffice = ok(post(p + "/consultations", clerk(), consult.replace("}", ",\"onBehalfOf\":\"unit:" + UNIT + "\"}")));
        assertThat(byOffice.path("timeline").get(3).path("onBehalfOf").asString()).isEqualTo("unit:" + UNIT);
        ok(post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"A\",\"text\":\"已解决\"}"));
        // Only the lead deputy evaluates; a co-signer reads.
        String evaluation = "{\"evaluatedOn\":\"" + TODAY + "\",\"result\":\"SATISFIED\"}";
        assertThat(post(p + "/evaluations", deputy(DEPUTIES.get(1)), evaluation).status()).isEqualTo(403);
        assertThat(post(p + "/evaluations", unit(), evaluation).status()).isEqualTo(403);
        assertThat(api().get(p, deputy(DEPUTIES.get(1))).status()).isEqualTo(200);
        assertThat(api().get(p, deputy(DEPUTIES.get(11))).status()).isEqualTo(403);
        // Office steps are the office's.
        assertThat(post(p + "/supervision", lead(), "{\"on\":\"" + TODAY + "\",\"type\":\"SITE_VISIT\"}").status()).isEqualTo(403);
        JsonNode closed = ok(post(p + "/evaluations", lead(), evaluation));
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(api().get(p, Tokens.leader(TOWNSHIP)).status()).isEqualTo(200);
        assertThat(api().get(p, Tokens.viewer()).status()).isEqualTo(403);
        assertThat(api().get(p, null).status()).isEqualTo(401);
    }

    @Test
    void listsAreFilteredPagedAndScopedByRole() {
        UUID overdue = assigned(TODAY.minusMonths(4));
        UUID fresh = assigned(TODAY);
        UUID other = submitted(TODAY);

        JsonNode overdueItem = ok(api().get("/api/proposals/" + overdue, clerk()));
        assertThat(overdueItem.path("overdue").asBoolean()).isTrue();
        assertThat(overdueItem.path("deadline").asString()).isEqualTo(TODAY.minusMonths(4).plusMonths(3).toString());

        JsonNode overdueList = ok(api().get("/api/proposals?overdue=true&congressCode=" + TOWNSHIP, clerk()));
        assertThat(ids(overdueList)).contains(overdue.toString()).doesNotContain(fresh.toString(), other.toString());
        JsonNode assignedToUnit = ok(api().get("/api/proposals?unitCode=" + UNIT + "&state=ASSIGNED", Tokens.countyAdmin()));
        assertThat(ids(assignedToUnit)).contains(overdue.toString(), fresh.toString()).doesNotContain(other.toString());
        JsonNode bySession = ok(api().get("/api/proposals?sessionId=18-3&category=URBAN_RURAL_CONSTRUCTION&deputyId=" + LEAD, clerk()));
        assertThat(ids(bySession)).contains(overdue.toString(), fresh.toString(), other.toString());

        JsonNode page = ok(api().get("/api/proposals?page=0&size=2", clerk()));
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(3);

        // A unit sees only what is assigned to it; a deputy only what they signed; another township's clerk none of these.
        assertThat(ids(ok(api().get("/api/proposals?size=100", unit())))).contains(overdue.toString(), fresh.toString())
                .doesNotContain(other.toString());
        assertThat(ok(api().get("/api/proposals", Tokens.unit(OTHER_UNIT, TOWNSHIP))).path("total").asLong()).isZero();
        assertThat(ids(ok(api().get("/api/proposals?size=100", deputy(DEPUTIES.get(2)))))).contains(other.toString());
        assertThat(ok(api().get("/api/proposals", deputy(DEPUTIES.get(11)))).path("items").toString())
                .doesNotContain(other.toString());
        assertThat(ok(api().get("/api/proposals", Tokens.clerk(OTHER_TOWNSHIP))).path("total").asLong()).isZero();
        assertThat(api().get("/api/proposals", Tokens.viewer()).status()).isEqualTo(403);
        assertThat(api().get("/api/proposals?size=101", clerk()).status()).isEqualTo(400);
    }

    /** A proposal of its own session (so the list tests see only theirs), registered and assigned when asked. */
    UUID deskItem(String session, String kind, LocalDate submittedOn, LocalDate assignedOn) {
        UUID id = UUID.randomUUID();
        List<UUID> coSigners = kind.equals("MOTION") ? DEPUTIES.subList(1, 5) : List.of();
        var r = post("/api/proposals", lead(), """
                {"id":"%s","kind":"%s","congressCode":"%s","sessionId":"%s","submittedOn":"%s","leadDeputyId":"%s",
                 "coSignerIds":[%s],"title":"关于列表筛选的建议","category":"ECONOMY"}"""
                .formatted(id, kind, TOWNSHIP, session, submittedOn, LEAD, ids(coSigners)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        if (assignedOn != null) {
            ok(post("/api/proposals/" + id + "/register", clerk(), "{\"registeredOn\":\"" + submittedOn + "\"}"));
            ok(post("/api/proposals/" + id + "/assign", clerk(), """
                    {"assignedOn":"%s","leadUnitCode":"%s","responsibleLeader":"张副镇长","handler":"李干事","complex":false}"""
                    .formatted(assignedOn, UNIT)));
        }
        return id;
    }

    @Test
    void deskListsFilterByKindAndPendingReplyDeadlineAndSortBothWays() {
        String session = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        String scope = "sessionId=" + session;
        // Assigned on the 10th of a month five months ago: reply due on the 10th three months later (no month-end
        // clipping), so a day later in assignment is a day later in the deadline.
        LocalDate d = TODAY.minusMonths(5).withDayOfMonth(10);
        LocalDate due = d.plusMonths(3);
        UUID early = deskItem(session, "MOTION", d.minusDays(5), d.minusDays(5));
        UUID onTheDay = deskItem(session, "MOTION", d, d);
        UUID alsoOnTheDay = deskItem(session, "MOTION", d, d);
        UUID dayAfter = deskItem(session, "MOTION", d.plusDays(1), d.plusDays(1));
        UUID suggestion = deskItem(session, "SUGGESTION", d.plusDays(2), d.plusDays(2));
        UUID notAssigned = deskItem(session, "MOTION", d.minusDays(10), null);
        // Replied: its deadline (before the date) is no longer pending.
        UUID replied = deskItem(session, "MOTION", d.minusDays(20), d.minusDays(20));
        ok(post("/api/proposals/" + replied + "/consultation-waiver", unit(), "{\"waivedOn\":\"" + TODAY + "\"}"));
        JsonNode answered = ok(post("/api/proposals/" + replied + "/replies", unit(),
                "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"A\",\"text\":\"已解决\"}"));
        assertThat(answered.path("state").asString()).isEqualTo("REPLIED");
        assertThat(LocalDate.parse(answered.path("deadline").asString())).isBefore(due);
        List<String> sameDay = java.util.stream.Stream.of(onTheDay, alsoOnTheDay).map(UUID::toString).sorted().toList();
        List<String> nonePending = java.util.stream.Stream.of(notAssigned, replied).map(UUID::toString).sorted().toList();

        // What a row shows.
        JsonNode row = ok(api().get("/api/proposals?" + scope + "&kind=SUGGESTION", clerk()));
        assertThat(ids(row)).containsExactly(suggestion.toString());
        JsonNode item = row.path("items").get(0);
        assertThat(item.path("kind").asString()).isEqualTo("SUGGESTION");
        assertThat(item.path("title").asString()).isEqualTo("关于列表筛选的建议");
        assertThat(item.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(item.path("round").asInt()).isEqualTo(1);
        assertThat(item.path("deadline").asString()).isEqualTo(due.plusDays(2).toString());
        assertThat(item.path("overdue").asBoolean()).isTrue();
        assertThat(item.path("submittedOn").asString()).isEqualTo(d.plusDays(2).toString());
        assertThat(item.path("congressCode").asString()).isEqualTo(TOWNSHIP);
        assertThat(item.path("assignment").path("leadUnitCode").asString()).isEqualTo(UNIT);
        assertThat(ok(api().get("/api/proposals?" + scope + "&kind=MOTION", clerk())).path("total").asLong()).isEqualTo(6);

        // Due on or before a date: that day included, the day after not, nothing pending never.
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + due.minusDays(6), clerk())))).isEmpty();
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + due, clerk()))))
                .containsExactly(sameDay.get(0), sameDay.get(1), early.toString());
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + due.plusDays(1), clerk()))))
                .containsExactly(dayAfter.toString(), sameDay.get(0), sameDay.get(1), early.toString());
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + TODAY.plusYears(1), clerk()))))
                .hasSize(5).doesNotContain(notAssigned.toString(), replied.toString());
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + due.plusDays(1) + "&kind=SUGGESTION", clerk()))))
                .isEmpty();

        // Orders both ways by the pending reply's deadline (none pending last), or by submission; ties by id.
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&sort=deadline", clerk())))).containsExactly(
                early.toString(), sameDay.get(0), sameDay.get(1), dayAfter.toString(), suggestion.toString(),
                nonePending.get(0), nonePending.get(1));
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&sort=-deadline", clerk())))).containsExactly(
                suggestion.toString(), dayAfter.toString(), sameDay.get(0), sameDay.get(1), early.toString(),
                nonePending.get(0), nonePending.get(1));
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&sort=submittedOn", clerk())))).containsExactly(
                replied.toString(), notAssigned.toString(), early.toString(), sameDay.get(0), sameDay.get(1),
                dayAfter.toString(), suggestion.toString());
        List<String> newestFirst = List.of(suggestion.toString(), dayAfter.toString(), sameDay.get(0), sameDay.get(1),
                early.toString(), notAssigned.toString(), replied.toString());
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&sort=-submittedOn", clerk())))).containsExactlyElementsOf(newestFirst);
        assertThat(ids(ok(api().get("/api/proposals?" + scope, clerk())))).as("the default order is unchanged")
                .containsExactlyElementsOf(newestFirst);
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&sort=deadline&size=2&page=1", clerk()))))
                .containsExactly(sameDay.get(1), dayAfter.toString());
        // The scope still holds: the unit sees what is assigned to it, another township's clerk nothing.
        assertThat(ids(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + due + "&sort=-deadline", unit()))))
                .containsExactly(sameDay.get(0), sameDay.get(1), early.toString());
        assertThat(ok(api().get("/api/proposals?" + scope + "&dueBefore=" + due, Tokens.clerk(OTHER_TOWNSHIP)))
                .path("total").asLong()).isZero();

        // Unknown or mistyped values: 400 naming the parameter, in both languages.
        var badSort = api().get("/api/proposals?sort=urgency", clerk());
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(fields(badSort)).containsExactly("sort");
        assertThat(badSort.json().path("errors").get(0).path("message").asString()).contains("deadline", "-submittedOn");
        assertThat(badSort.json().path("errors").get(0).path("messageEn").asString()).contains("deadline", "-submittedOn");
        assertThat(badSort.json().path("titleEn").asString()).isEqualTo("Invalid request");
        assertThat(badSort.json().path("detailEn").asString()).contains("sort");
        for (String[] bad : new String[][]{{"sort=receivedOn", "sort"}, {"sort=Deadline", "sort"}, {"kind=PETITION", "kind"},
                {"dueBefore=soon", "dueBefore"}, {"dueBefore=2026-02-30", "dueBefore"}}) {
            var refused = api().get("/api/proposals?" + bad[0], clerk());
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(fields(refused)).as(bad[0]).containsExactly(bad[1]);
        }
    }

    @Test
    void everyStepIsPublishedInTheContractWithoutFreeTextOrNames() {
        UUID id = UUID.randomUUID();
        String p = "/api/proposals/" + id;
        assertThat(post("/api/proposals", lead(), motion(id, TOWNSHIP, DEPUTIES.subList(1, 5), TODAY)).status()).isEqualTo(201);
        ok(post(p + "/convert", clerk(), "{\"convertedOn\":\"" + TODAY + "\",\"reason\":\"转为建议理由甲\"}"));
        ok(post(p + "/register", clerk(), "{\"registeredOn\":\"" + TODAY + "\"}"));
        ok(post(p + "/escalation", clerk(), "{\"escalatedOn\":\"" + TODAY + "\",\"toLevel\":\"CITY\",\"note\":\"反映说明乙\"}"));
        ok(post(p + "/assign", clerk(), """
                {"assignedOn":"%s","leadUnitCode":"%s","coUnitCodes":["%s"],"responsibleLeader":"分管领导丙","handler":"承办人丁"}"""
                .formatted(TODAY, UNIT, CO_UNIT)));
        ok(post(p + "/deferral", clerk(), "{\"deferredOn\":\"" + TODAY + "\",\"latestOn\":\"" + TODAY.plusMonths(4)
                + "\",\"measures\":\"延办措施戊\"}"));
        ok(post(p + "/supervision", clerk(), "{\"on\":\"" + TODAY + "\",\"type\":\"SITE_VISIT\",\"note\":\"督办记录己\"}"));
        ok(post(p + "/consultations", unit(), "{\"heldOn\":\"" + TODAY + "\",\"form\":\"FACE_TO_FACE\",\"attendees\":[\"面商人庚\"]}"));
        ok(post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"B\",\"text\":\"答复正文辛\",\"plannedCompletionOn\":\""
                + TODAY.plusMonths(2) + "\"}"));
        ok(post(p + "/evaluations", lead(), "{\"evaluatedOn\":\"" + TODAY + "\",\"result\":\"UNSATISFIED\",\"comment\":\"测评意见壬\"}"));
        ok(post(p + "/consultation-waiver", unit(), "{\"waivedOn\":\"" + TODAY + "\",\"note\":\"放弃说明癸\"}"));
        ok(post(p + "/replies", unit(), "{\"repliedOn\":\"" + TODAY + "\",\"replyClass\":\"B\",\"text\":\"答复正文辛\",\"plannedCompletionOn\":\""
                + TODAY.plusMonths(2) + "\"}"));
        ok(post(p + "/evaluations", lead(), "{\"evaluatedOn\":\"" + TODAY + "\",\"result\":\"BASICALLY_SATISFIED\"}"));
        ok(post(p + "/implementation", clerk(), "{\"recordedOn\":\"" + TODAY + "\",\"implemented\":false}"));
        UUID rejected = submitted(TODAY);
        ok(post("/api/proposals/" + rejected + "/reject", clerk(), "{\"rejectedOn\":\"" + TODAY + "\",\"reason\":\"不予立案理由\"}"));

        List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>(published.of(id.toString(), 16));
        records.addAll(published.of(rejected.toString(), 2));
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            var event = CloudEventsEnvelope.fromCloudEvent(record.value());
            types.add(event.type());
            assertThat(ContractSchemas.problems(event.type(), event.data())).as(event.type()).isEmpty();
            assertThat(event.townshipCode()).isEqualTo(TOWNSHIP);
            assertThat(event.subject()).isEqualTo(record.key());
            String json = new String(event.data(), StandardCharsets.UTF_8);
            for (String text : List.of("青石镇村道", "村道破损", "理由甲", "说明乙", "领导丙", "承办人丁", "措施戊", "记录己", "面商人庚",
                    "正文辛", "意见壬", "说明癸", "不予立案理由", "代表0")) {
                assertThat(json).as(event.type()).doesNotContain(text);
            }
        }
        assertThat(types).containsAll(EventTypes.ALL.stream().filter(t -> t.startsWith("org.minyi.proposal.")).toList());

        JsonNode replied = records.stream().map(r -> CloudEventsEnvelope.fromCloudEvent(r.value()))
                .filter(e -> e.type().equals(EventTypes.PROPOSAL_REPLIED)).map(e -> ApiClientJson.read(e.data()))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(replied.path("round").asInt()).isEqualTo(2);
        assertThat(replied.path("consulted").asBoolean()).isFalse();
        assertThat(replied.path("onTime").asBoolean()).isTrue();
        assertThat(replied.path("replyClass").asString()).isEqualTo("B");
        assertThat(replied.path("congressCode").asString()).isEqualTo(TOWNSHIP);
    }

    /** Reads a payload as JSON. */
    static final class ApiClientJson {
        static JsonNode read(byte[] data) {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(data);
        }
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }
}
