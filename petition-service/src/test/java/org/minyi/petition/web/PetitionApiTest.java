package org.minyi.petition.web;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The petition intake over real HTTP, against a real PostgreSQL and a real (embedded KRaft) Kafka broker. */
// Chattier than in production, so that a command, request or event printed whole would show here. Its own
// context (other properties): it counts everything stored and published.
@ServiceApiTest(topics = Topics.PETITION_EVENTS, properties = {"logging.level.org.minyi=DEBUG",
        "logging.level.org.springframework.web=DEBUG", "logging.level.org.axonframework.commandhandling=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class PetitionApiTest {

    // Distinctive personal values: none of them may ever appear in a published event or a log line.
    private static final String NAME = "欧阳莉莎";
    private static final String ID_NUMBER = "33990119870514872X";
    private static final String PHONE = "13957104477";
    private static final String ADDRESS = "青石镇杏花弄77号";

    private static final String TOWNSHIP = "339901101";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static final PublishedEvents published = new PublishedEvents(Topics.PETITION_EVENTS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        published.close();
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private static String clerk() {
        return TestTokenIssuer.get().token("demo-clerk", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
    }

    private static String body(String id, String channel, String extra) {
        return """
                {%s"channel":"%s","receivedOn":"%s","townshipCode":"%s","villageCode":"339901101201",%s
                 "petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"%s"}],
                 "subject":"宅基地纠纷","content":"邻里宅基地界线争议"}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", channel, TODAY, TOWNSHIP, extra,
                        NAME, ID_NUMBER, PHONE, ADDRESS);
    }

    private ConsumerRecord<String, CloudEvent> publishedFor(String aggregateId) {
        return published.of(aggregateId, 1).get(0);
    }

    @Test
    void aPetitionIsStoredReadableAndPublishedWithoutPersonalData(CapturedOutput output) {
        var created = api().post("/api/petitions", clerk(), body(null, "VISIT", "\"visitors\":3,"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode petition = created.json();
        String id = petition.path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/petitions/" + id);
        assertThat(petition.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(petition.path("visitors").asInt()).isEqualTo(3);
        assertThat(petition.path("nextStep").asString()).isEqualTo("REGISTER");
        assertThat(petition.path("version").asLong()).isZero();

        var read = api().get("/api/petitions/" + id, clerk());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().path("petitioners").get(0).path("idNumber").asString()).isEqualTo(ID_NUMBER);
        assertThat(read.json().path("timeline").get(0).path("recordedBy").asString()).isEqualTo("demo-clerk");

        // A viewer sees figures only; a township leader reads the petition but not who brought it.
        String viewer = TestTokenIssuer.get().token("demo-viewer", "VIEWER", List.of());
        assertThat(api().get("/api/petitions/" + id, viewer).status()).isEqualTo(403);
        String leader = TestTokenIssuer.get().token("leader", "LEADER", List.of(TOWNSHIP));
        var asLeader = api().get("/api/petitions/" + id, leader);
        assertThat(asLeader.status()).isEqualTo(200);
        assertThat(asLeader.json().has("petitioners")).isFalse();
        assertThat(asLeader.body()).doesNotContain(NAME).doesNotContain(ID_NUMBER).doesNotContain(PHONE);

        ConsumerRecord<String, CloudEvent> record = publishedFor(id);
        CloudEvent event = record.value();
        assertThat(event.getType()).isEqualTo(EventTypes.PETITION_RECEIVED);
        assertThat(event.getSubject()).isEqualTo(id);
        assertThat(event.getExtension("townshipcode")).isEqualTo(TOWNSHIP);
        assertThat(record.headers().lastHeader("ce_id")).isNotNull();
        String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(ContractSchemas.problems(event.getType(), event.getData().toBytes())).isEmpty();
        assertThat(data).contains("\"receivedOn\":\"" + TODAY + "\"").contains("\"petitionerCount\":1");
        assertThat(List.of(NAME, ID_NUMBER, PHONE, ADDRESS, "宅基地"))
                .allSatisfy(secret -> {
                    assertThat(data).doesNotContain(secret);
                    record.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(secret));
                    assertThat(output.getAll()).doesNotContain(secret);
                });
    }

    @Test
    void anOfficeRecordsAReferralOnBehalfOfTheDeputyAndTheEventSaysSo() {
        String deputy = "deputy:" + UUID.randomUUID();
        var created = api().post("/api/petitions", clerk(), body(null, "DEPUTY_REFERRAL", "\"onBehalfOf\":\"" + deputy + "\","));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode step = created.json().path("timeline").get(0);
        assertThat(step.path("recordedBy").asString()).isEqualTo("demo-clerk");
        assertThat(step.path("onBehalfOf").asString()).isEqualTo(deputy);
        String id = created.json().path("id").asString();
        ConsumerRecord<String, CloudEvent> record = publishedFor(id);
        String data = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(data).contains("\"recordedBy\":\"demo-clerk\"").contains("\"onBehalfOf\":\"" + deputy + "\"");

        var notAllowed = api().post("/api/petitions", clerk(), body(null, "LETTER", "\"onBehalfOf\":\"unit:339901102-ZF\","));
        assertThat(notAllowed.status()).isEqualTo(403);
        var malformed = api().post("/api/petitions", clerk(), body(null, "LETTER", "\"onBehalfOf\":\"someone\","));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").get(0).path("field").asString()).isEqualTo("onBehalfOf");
    }

    @Test
    void theSameCreateSentTwiceMakesOnePetition() {
        String id = UUID.randomUUID().toString();
        assertThat(api().post("/api/petitions", clerk(), body(id, "LETTER", "")).status()).isEqualTo(201);
        var again = api().post("/api/petitions", clerk(), body(id, "LETTER", ""));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aMalformedRequestNamesTheFieldsAndStoresAndPublishesNothing() {
        long storedBefore = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        // Let the publisher catch up with what earlier tests stored, so nothing arrives late below.
        int publishedBefore = published.atLeast((int) storedBefore).size();

        var missing = api().post("/api/petitions", clerk(), body(null, "LETTER", "").replace("\"receivedOn\":\"" + TODAY + "\",", ""));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("receivedOn");
        assertThat(missing.json().path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(missing.json().path("errors").get(0).path("messageEn").asString()).isNotBlank();

        var badEnum = api().post("/api/petitions", clerk(), body(null, "FAX", ""));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().path("errors").get(0).path("field").asString()).isEqualTo("channel");

        var badId = api().post("/api/petitions", clerk(), body(null, "LETTER", "").replace(ID_NUMBER, "12345"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("errors").get(0).path("field").asString()).isEqualTo("petitioners[0].idNumber");
        assertThat(badId.body()).doesNotContain(NAME);

        var future = api().post("/api/petitions", clerk(), body(null, "LETTER", "")
                .replace(TODAY, LocalDate.parse(TODAY).plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("receivedOn");

        // A clerk cannot take in another township's petition; the county office can, if the township exists.
        var otherTownship = api().post("/api/petitions", clerk(), body(null, "LETTER", "")
                .replace("\"" + TOWNSHIP + "\"", "\"339901102\"").replace("339901101201", "339901102201"));
        assertThat(otherTownship.status()).isEqualTo(403);
        assertThat(otherTownship.json().path("type").asString()).endsWith("/forbidden");
        String admin = TestTokenIssuer.get().token("demo-admin", "COUNTY_ADMIN", List.of());
        var unknownTownship = api().post("/api/petitions", admin, body(null, "LETTER", "")
                .replace("\"" + TOWNSHIP + "\"", "\"339901999\"").replace("339901101201", "339901999201"));
        assertThat(unknownTownship.status()).isEqualTo(422);
        assertThat(unknownTownship.json().path("errors").get(0).path("field").asString()).isEqualTo("townshipCode");

        var notJson = api().post("/api/petitions", clerk(), "{not json");
        assertThat(notJson.status()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isEqualTo(storedBefore);
        assertThat(published.readFor(Duration.ofSeconds(2))).hasSize(publishedBefore);
    }

    @Test
    void erasureDestroysThePersonsKeysAndKeepsThePetitionAndItsHistory() {
        String admin = TestTokenIssuer.get().token("demo-admin", "COUNTY_ADMIN", List.of());
        String unit = TestTokenIssuer.get().token("demo-unit", "HANDLING_UNIT", List.of(TOWNSHIP), TOWNSHIP + "-ZF");
        String second = "司马青云";
        var created = api().post("/api/petitions", clerk(), body(null, "VISIT", "").replace("}],",
                "},{\"name\":\"" + second + "\",\"phone\":\"13611112222\"}],"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        step(id, "register", clerk(), "{\"registeredOn\":\"" + TODAY + "\",\"category\":\"LAND\"}", null, 200);
        step(id, "assign", clerk(), "{\"assignedOn\":\"" + TODAY + "\",\"unitCode\":\"" + TOWNSHIP + "-ZF\"}", null, 200);

        // Before: readable by the clerk, by the unit as far as it may; held sealed everywhere it is stored.
        JsonNode before = api().get("/api/petitions/" + id, clerk()).json();
        assertThat(before.path("petitioners").get(0).path("name").asString()).isEqualTo(NAME);
        assertThat(before.path("petitioners").get(0).path("idNumber").asString()).isEqualTo(ID_NUMBER);
        assertThat(before.path("petitioners").get(0).path("erased").asBoolean()).isFalse();
        assertThat(before.path("petitioners").get(1).path("name").asString()).isEqualTo(second);
        assertThat(api().get("/api/petitions/" + id, unit).json().path("petitioners").get(0).path("phone").asString())
                .isEqualTo(PHONE);
        String firstPerson = before.path("petitioners").get(0).path("personId").asString();
        String secondPerson = before.path("petitioners").get(1).path("personId").asString();
        assertThat(storedText(id)).doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS, second).contains(firstPerson);
        assertThat(keysOf(id)).isEqualTo(2);

        // Only the county office and the township's clerk erase.
        String erasure = "{\"personIds\":[\"" + firstPerson + "\"]}";
        for (String token : new String[]{unit, TestTokenIssuer.get().token("leader", "LEADER", List.of(TOWNSHIP)),
                TestTokenIssuer.get().token("clerk-b", "TOWNSHIP_CLERK", List.of("339901102"))}) {
            assertThat(step(id, "erasure", token, erasure, null, 403)).isNotNull();
        }
        step(id, "erasure", clerk(), erasure, 1L, 412);
        step(id, "erasure", clerk(), "{\"personIds\":[\"" + UUID.randomUUID() + "\"]}", null, 400);

        // One person, then everyone.
        JsonNode one = step(id, "erasure", clerk(), erasure, 2L, 200);
        assertThat(one.path("petitioners").get(0).path("erased").asBoolean()).isTrue();
        assertThat(one.path("petitioners").get(0).has("name")).isFalse();
        assertThat(one.path("petitioners").get(1).path("name").asString()).isEqualTo(second);
        JsonNode all = step(id, "erasure", admin, "", null, 200);
        long version = all.path("version").asLong();

        // After: erased for everyone, everywhere; the petition, its state and its history stay.
        for (String token : new String[]{clerk(), admin, unit}) {
            JsonNode after = api().get("/api/petitions/" + id, token).json();
            assertThat(after.path("petitioners")).hasSize(2);
            after.path("petitioners").forEach(p -> {
                assertThat(p.path("erased").asBoolean()).isTrue();
                assertThat(p.has("name") || p.has("idNumber") || p.has("phone") || p.has("address")).isFalse();
            });
            assertThat(after.toString()).doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS, second, "13611112222");
            assertThat(after.path("state").asString()).isEqualTo("ASSIGNED");
            assertThat(after.path("petitionerCount").asInt()).isEqualTo(2);
            assertThat(after.path("subject").asString()).isEqualTo("宅基地纠纷");
        }
        JsonNode timeline = api().get("/api/petitions/" + id, clerk()).json().path("timeline");
        List<String> actions = new java.util.ArrayList<>();
        timeline.forEach(t -> actions.add(t.path("action").asString()));
        assertThat(actions).containsExactly("RECEIVE", "REGISTER", "ASSIGN", "ERASE_PETITIONER_DATA", "ERASE_PETITIONER_DATA");
        assertThat(timeline.get(3).path("recordedBy").asString()).isEqualTo("demo-clerk");
        assertThat(timeline.get(4).path("recordedBy").asString()).isEqualTo("demo-admin");
        assertThat(keysOf(id)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single()).isEqualTo(5L);
        assertThat(api().get("/api/petitions?townshipCode=" + TOWNSHIP, clerk()).body()).contains(id);

        // Erasing again changes nothing; the lifecycle goes on.
        assertThat(step(id, "erasure", clerk(), "{}", null, 200).path("version").asLong()).isEqualTo(version);
        assertThat(step(id, "complete", unit, "{\"completedOn\":\"" + TODAY + "\",\"result\":\"已解决\"}", null, 200)
                .path("state").asString()).isEqualTo("COMPLETED");
        // Erasure is not a public event: subscribers never had personal data.
        assertThat(published.of(id, 5).stream().map(r -> r.value().getType()).toList()).containsExactly(
                EventTypes.PETITION_RECEIVED, EventTypes.PETITION_DEADLINES_SET, EventTypes.PETITION_REGISTERED,
                EventTypes.PETITION_ASSIGNED, EventTypes.PETITION_COMPLETED);
    }

    private JsonNode step(String id, String step, String token, String body, Long ifMatch, int expected) {
        var response = api().step("/api/petitions/" + id + "/" + step, token, body, ifMatch);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(expected);
        return response.json();
    }

    /** Everything stored about the petition: its events' payloads and its view row, as text. */
    private String storedText(String id) {
        String events = String.join("\n", jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                + " WHERE aggregateidentifier = ?").param(id).query(String.class).list());
        String view = jdbc.sql("SELECT row_to_json(v)::text FROM petition_view v WHERE id = ?::uuid").param(id)
                .query(String.class).single();
        return events + "\n" + view;
    }

    private long keysOf(String id) {
        return jdbc.sql("SELECT count(*) FROM person_key WHERE petition_id = ?::uuid").param(id).query(Long.class).single();
    }

    @Test
    void anEarlierPetitionByTheSamePersonIsSuggestedToThoseWhoMaySeeBoth() {
        String admin = TestTokenIssuer.get().token("demo-admin", "COUNTY_ADMIN", List.of());
        String id = "339901198203034411";
        String a = petition(clerk(), TOWNSHIP, 10, "公孙无忌", id, "13822223333");
        var bCreated = api().post("/api/petitions", clerk(), petitionBody(null, TOWNSHIP, 3, "公孙无忌", id, "13899990000"));
        assertThat(bCreated.status()).isEqualTo(201);
        String b = bCreated.json().path("id").asString();
        // Same ID number: suggested in the create response and in the view.
        assertThat(texts(bCreated.json().path("repeatCandidates"))).containsExactly(a);
        assertThat(texts(api().get("/api/petitions/" + b, clerk()).json().path("repeatCandidates"))).containsExactly(a);
        // Same phone and name, no ID number: the earlier one with that phone.
        String c = petition(clerk(), TOWNSHIP, 1, "公孙 无忌", null, "+86 138-2222-3333");
        assertThat(texts(api().get("/api/petitions/" + c, clerk()).json().path("repeatCandidates"))).containsExactly(a);
        // Someone else: nothing.
        String other = petition(clerk(), TOWNSHIP, 1, "慕容复", "339901199001015555", "13822223333");
        assertThat(api().get("/api/petitions/" + other, clerk()).json().path("repeatCandidates").isEmpty()).isTrue();

        // In another township: the county office sees both earlier ones; that township's clerk, who may not read
        // them, sees none; a leader sees no petitioners, so no suggestions either.
        String d = petition(admin, "339901102", 0, "公孙无忌", id, null);
        assertThat(texts(api().get("/api/petitions/" + d, admin).json().path("repeatCandidates"))).containsExactly(a, b);
        String clerkB = TestTokenIssuer.get().token("clerk-b", "TOWNSHIP_CLERK", List.of("339901102"));
        assertThat(api().get("/api/petitions/" + d, clerkB).json().path("repeatCandidates").isEmpty()).isTrue();
        var asLeader = api().get("/api/petitions/" + b, TestTokenIssuer.get().token("leader", "LEADER", List.of(TOWNSHIP)));
        assertThat(asLeader.json().has("repeatCandidates")).isFalse();

        // Only earlier ones, within the window (365 days by default).
        String later = petition(clerk(), TOWNSHIP, 0, "东方未明", "339901197707077777", null);
        String typedInAfter = petition(clerk(), TOWNSHIP, 5, "东方未明", "339901197707077777", null);
        assertThat(api().get("/api/petitions/" + typedInAfter, clerk()).json().path("repeatCandidates").isEmpty()).isTrue();
        assertThat(texts(api().get("/api/petitions/" + later, clerk()).json().path("repeatCandidates"))).isEmpty();
        String longAgo = petition(clerk(), TOWNSHIP, 400, "西门吹雪", "339901196001018888", null);
        String now = petition(clerk(), TOWNSHIP, 0, "西门吹雪", "339901196001018888", null);
        assertThat(api().get("/api/petitions/" + now, clerk()).json().path("repeatCandidates").isEmpty()).isTrue();
        assertThat(longAgo).isNotEqualTo(now);

        // Sending the create again gives the same suggestion; registering links the original.
        String bAgainId = UUID.randomUUID().toString();
        api().post("/api/petitions", clerk(), petitionBody(bAgainId, TOWNSHIP, 2, "公孙无忌", id, null));
        assertThat(texts(api().post("/api/petitions", clerk(), petitionBody(bAgainId, TOWNSHIP, 2, "公孙无忌", id, null))
                .json().path("repeatCandidates"))).containsExactly(a, b);
        JsonNode registered = step(b, "register", clerk(),
                "{\"registeredOn\":\"" + TODAY + "\",\"category\":\"LAND\",\"repeatOf\":\"" + a + "\"}", null, 200);
        assertThat(texts(registered.path("flags"))).containsExactly("REPEAT");
        assertThat(registered.path("repeatOf").asString()).isEqualTo(a);

        // Nothing but keyed hashes is kept for matching; an erased person is matched no more.
        assertThat(jdbc.sql("SELECT count(*) FROM petitioner_fingerprint WHERE hash LIKE ? OR hash LIKE ?")
                .params("%" + id + "%", "%13822223333%").query(Long.class).single()).isZero();
        step(a, "erasure", clerk(), "{}", null, 200);
        assertThat(api().get("/api/petitions/" + b, clerk()).json().path("repeatCandidates").isEmpty()).isTrue();
        assertThat(texts(api().get("/api/petitions/" + d, admin).json().path("repeatCandidates"))).containsExactly(b);
    }

    private String petition(String token, String township, int daysAgo, String name, String idNumber, String phone) {
        var created = api().post("/api/petitions", token, petitionBody(null, township, daysAgo, name, idNumber, phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static String petitionBody(String id, String township, int daysAgo, String name, String idNumber, String phone) {
        return """
                {%s"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"%s"%s%s}],"subject":"重复信访测试"}""".formatted(
                id == null ? "" : "\"id\":\"" + id + "\",",
                LocalDate.parse(TODAY).minusDays(daysAgo), township, name,
                idNumber == null ? "" : ",\"idNumber\":\"" + idNumber + "\"",
                phone == null ? "" : ",\"phone\":\"" + phone + "\"");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    @Test
    void aPetitionersIdentityNeverReachesEventsOrLogsThroughTheWholeLifecycle(CapturedOutput output) {
        // Distinctive values, seeded once and then carried through every step, refusal, repeat and erasure.
        String name = "上官飞燕";
        String idNumber = "33990120010203567X";
        String phone = "13677778888";
        String address = "青石镇梧桐巷18号";
        String companion = "独孤求败";
        String companionPhone = "13566665555";
        List<String> secrets = List.of(name, idNumber, phone, address, companion, companionPhone, "梧桐巷");
        String unit = TestTokenIssuer.get().token("demo-unit", "HANDLING_UNIT", List.of(TOWNSHIP), TOWNSHIP + "-ZF");
        String otherUnit = TestTokenIssuer.get().token("unit-sh", "HANDLING_UNIT", List.of(TOWNSHIP), TOWNSHIP + "-SH");
        String leader = TestTokenIssuer.get().token("leader", "LEADER", List.of(TOWNSHIP));
        String person = """
                {"channel":"VISIT","receivedOn":"%s","townshipCode":"%s","visitors":6,
                 "petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"%s"},
                                {"name":"%s","phone":"%s"}],
                 "subject":"征地补偿","content":"补偿款未到位"}""".formatted(TODAY, TOWNSHIP, name, idNumber, phone, address,
                companion, companionPhone);
        var created = api().post("/api/petitions", clerk(), person);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();

        String today = "\"" + TODAY + "\"";
        step(id, "register", clerk(), "{\"registeredOn\":\"" + LocalDate.parse(TODAY).plusDays(1) + "\",\"category\":\"DEMOLITION\"}", null, 400);
        step(id, "assign", clerk(), "{\"assignedOn\":" + today + ",\"unitCode\":\"" + TOWNSHIP + "-ZF\"}", null, 409);
        step(id, "register", clerk(), "{\"registeredOn\":" + today + ",\"category\":\"DEMOLITION\",\"flags\":[\"IMPORTANT\"]}", null, 200);
        step(id, "instructions", leader, "{\"on\":" + today + ",\"text\":\"请依法依规处理\"}", null, 200);
        step(id, "assign", clerk(), "{\"assignedOn\":" + today + ",\"unitCode\":\"339901101-NOPE\"}", null, 422);
        step(id, "assign", clerk(), "{\"assignedOn\":" + today + ",\"unitCode\":\"" + TOWNSHIP + "-ZF\"}", null, 200);
        assertThat(api().get("/api/petitions/" + id, unit).body()).contains(name, phone).doesNotContain(idNumber);
        step(id, "complete", otherUnit, "{\"completedOn\":" + today + ",\"result\":\"x\"}", null, 403);
        step(id, "extension", unit, "{\"on\":" + today + ",\"days\":31,\"reason\":\"复杂\"}", null, 400);
        step(id, "extension", unit, "{\"on\":" + today + ",\"days\":10,\"reason\":\"需要评估\"}", null, 200);
        step(id, "extension", unit, "{\"on\":" + today + ",\"days\":10,\"reason\":\"再延\"}", null, 409);
        step(id, "complete", unit, "{\"completedOn\":" + today + ",\"result\":\"补偿已发放\"}", null, 200);
        step(id, "answer", unit, "{\"answeredOn\":" + today + ",\"channel\":\"WRITTEN\",\"text\":\"书面答复\"}", null, 200);
        step(id, "return-visit", clerk(), "{\"visitedOn\":" + today + ",\"satisfaction\":\"UNSATISFIED\"}", null, 200);
        step(id, "review-request", clerk(), "{\"requestedOn\":" + today + ",\"reason\":\"金额有误\"}", null, 200);
        step(id, "complete", unit, "{\"completedOn\":" + today + ",\"result\":\"已补足差额\"}", null, 200);
        step(id, "answer", clerk(), "{\"answeredOn\":" + today + ",\"channel\":\"PHONE\",\"text\":\"电话告知\","
                + "\"onBehalfOf\":\"unit:" + TOWNSHIP + "-ZF\"}", null, 200);
        step(id, "return-visit", clerk(), "{\"visitedOn\":" + today + ",\"satisfaction\":\"SATISFIED\"}", null, 200);
        step(id, "archive", clerk(), "{\"archivedOn\":" + today + "}", null, 200);

        // The same person again (repeat detection), a malformed create carrying the values, then erasure.
        var again = api().post("/api/petitions", clerk(), person.replace("征地补偿", "再次反映"));
        assertThat(texts(again.json().path("repeatCandidates"))).contains(id);
        String repeat = again.json().path("id").asString();
        assertThat(api().post("/api/petitions", clerk(), person.replace(idNumber, idNumber + "0")).status()).isEqualTo(400);
        step(id, "erasure", clerk(), "{}", null, 200);
        step(repeat, "erasure", clerk(), "{}", null, 200);

        List<ConsumerRecord<String, CloudEvent>> records = published.of(id, 14);
        records = new java.util.ArrayList<>(records);
        records.addAll(published.of(repeat, 2));
        assertThat(records.stream().map(r -> r.value().getType()).distinct()).hasSizeGreaterThanOrEqualTo(10);
        for (ConsumerRecord<String, CloudEvent> record : published.readFor(Duration.ofMillis(500))) {
            String data = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(data).as(record.value().getType()).doesNotContain(secret);
                record.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(secret));
            }
            assertThat(data).doesNotContain("补偿款未到位", "补偿已发放", "金额有误", "书面答复");
        }
        for (String secret : secrets) {
            assertThat(output.getAll()).as("the test run's log").doesNotContain(secret);
        }
    }

    @Test
    void callsWithoutAValidTokenAreRefused() {
        TestTokenIssuer issuer = TestTokenIssuer.get();
        for (String token : new String[]{null, "not-a-jwt", issuer.expiredToken("x", "COUNTY_ADMIN"),
                issuer.wrongAudienceToken("x", "COUNTY_ADMIN"), issuer.forgedToken("x", "COUNTY_ADMIN"),
                issuer.unsignedToken("x", "COUNTY_ADMIN")}) {
            var response = api().post("/api/petitions", token, body(null, "LETTER", ""));
            assertThat(response.status()).as("token %s", token).isEqualTo(401);
            assertThat(response.json().path("type").asString()).endsWith("/unauthenticated");
        }
        assertThat(api().get("/api/petitions/" + UUID.randomUUID(), clerk()).status()).isEqualTo(404);
        assertThat(api().get("/actuator/health", null).status()).isEqualTo(200);
    }
}
