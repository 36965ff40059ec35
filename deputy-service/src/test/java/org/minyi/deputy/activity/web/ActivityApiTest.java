package org.minyi.deputy.activity.web;

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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.deputy.DeputyRoster.OTHER_TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.countyDeputy;
import static org.minyi.deputy.DeputyRoster.townshipDeputy;
import static org.minyi.platform.testing.Tokens.countyAdmin;
import static org.minyi.platform.testing.Tokens.viewer;

/** Duty activities and points adjustments over real HTTP, against a real PostgreSQL and a real Kafka broker. */
@ExtendWith(OutputCaptureExtension.class)
class ActivityApiTest extends AbstractDeputyApiTest {

    // The office's free text may name voters: it never leaves the service except to those who may read it.
    private static final String NOTES = "走访村民柳絮飞反映灌溉渠年久失修";
    private static final String PLACE = "青石镇柳絮村三组";
    private static final String ADJUSTMENT_REASON = "因住院治疗请假未出席";
    private static final PublishedEvents published = new PublishedEvents(Topics.DEPUTY_EVENTS);


    @AfterAll
    static void close() {
        published.close();
    }

    private static String clerk() {
        return TestTokenIssuer.get().token("demo-clerk", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
    }

    private static String activity(String id, String type, String extra, String heldOn, List<String> deputies) {
        return """
                {%s"type":"%s",%s"heldOn":"%s","townshipCode":"%s","deputyIds":[%s],
                 "place":"%s","notes":"%s","itemsCollected":4}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", type, extra, heldOn, TOWNSHIP,
                        String.join(",", deputies.stream().map(d -> "\"" + d + "\"").toList()), PLACE, NOTES);
    }

    private ApiClient.Response post(String path, String token, Long ifMatch, String json) {
        return api().step(path, token, json, ifMatch);
    }

    @Test
    void anActivityIsLoggedReadByRoleListedInEachHistoryWithdrawnAndPublishedWithoutFreeText(CapturedOutput output) {
        String a = townshipDeputy(api(), clerk(), TOWNSHIP, "甲代表", "2021-10-15");
        String b = countyDeputy(api(), clerk(), TOWNSHIP, "乙代表");

        var logged = api().post("/api/duty-activities", clerk(),
                activity(null, "INSPECTION", "\"inspectionMode\":\"COLLECTIVE\",", "2024-05-20", List.of(a, b)));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String id = logged.json().path("id").asString();
        assertThat(logged.header("Location")).isEqualTo("/api/duty-activities/" + id);
        assertThat(logged.json().path("notes").asString()).isEqualTo(NOTES);
        assertThat(logged.json().path("deputyIds")).hasSize(2);
        assertThat(logged.json().path("itemsCollected").asInt()).isEqualTo(4);

        // The office and the participants read the free text; a viewer reads that it happened, not what was said.
        var asViewer = api().get("/api/duty-activities/" + id, viewer());
        assertThat(asViewer.status()).isEqualTo(200);
        assertThat(asViewer.body()).contains(a).doesNotContain(NOTES).doesNotContain(PLACE);
        assertThat(api().get("/api/duty-activities/" + id, TestTokenIssuer.get().deputyToken("dep-a", a)).body())
                .contains(NOTES);
        String other = townshipDeputy(api(), clerk(), TOWNSHIP, "丙代表", "2021-10-15");
        assertThat(api().get("/api/duty-activities/" + id, TestTokenIssuer.get().deputyToken("dep-c", other)).body())
                .doesNotContain(NOTES);

        var history = api().get("/api/deputies/" + b + "/activities", viewer());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().path("total").asLong()).isEqualTo(1);
        assertThat(history.json().path("items").get(0).path("type").asString()).isEqualTo("INSPECTION");
        assertThat(api().get("/api/deputies/" + other + "/activities", viewer()).json().path("total").asLong()).isZero();
        var inMay = api().get("/api/duty-activities?townshipCode=" + TOWNSHIP + "&type=INSPECTION&from=2024-05-01&to=2024-05-31", viewer());
        assertThat(inMay.json().path("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/duty-activities?townshipCode=" + TOWNSHIP + "&from=2024-06-01", viewer())
                .json().path("total").asLong()).isZero();

        // A deputy logs an activity they took part in.
        var own = api().post("/api/duty-activities", TestTokenIssuer.get().deputyToken("dep-a", a),
                activity(null, "VOTER_VISIT", "", "2024-06-02", List.of(a)));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().path("recordedBy").asString()).isEqualTo("dep-a");

        var stale = post("/api/duty-activities/" + id + "/withdraw", clerk(), 1L,
                "{\"withdrawnOn\":\"" + TODAY + "\",\"reason\":\"重复登记\"}");
        assertThat(stale.status()).isEqualTo(412);
        var withdrawn = post("/api/duty-activities/" + id + "/withdraw", clerk(), 0L,
                "{\"withdrawnOn\":\"" + TODAY + "\",\"reason\":\"重复登记\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("withdrawnOn").asString()).isEqualTo(TODAY);
        assertThat(api().get("/api/deputies/" + b + "/activities", viewer()).json().path("total").asLong()).isZero();
        assertThat(api().get("/api/duty-activities?townshipCode=" + TOWNSHIP + "&includeWithdrawn=true&type=INSPECTION", viewer())
                .json().path("total").asLong()).isEqualTo(1);
        var twice = post("/api/duty-activities/" + id + "/withdraw", clerk(), null,
                "{\"withdrawnOn\":\"" + TODAY + "\",\"reason\":\"重复登记\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("currentState").asString()).isEqualTo("WITHDRAWN");

        List<ConsumerRecord<String, CloudEvent>> records = published.of(id, 2);
        assertThat(records).extracting(r -> r.value().getType())
                .containsExactly(EventTypes.DUTY_ACTIVITY_LOGGED, EventTypes.DUTY_ACTIVITY_WITHDRAWN);
        for (ConsumerRecord<String, CloudEvent> record : records) {
            byte[] data = record.value().getData().toBytes();
            assertThat(ContractSchemas.problems(record.value().getType(), data)).isEmpty();
            assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain(NOTES).doesNotContain(PLACE)
                    .doesNotContain("重复登记");
        }
        assertThat(new String(records.get(0).value().getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"inspectionMode\":\"COLLECTIVE\"").contains("\"heldOn\":\"2024-05-20\"")
                .contains("\"itemsCollected\":4");
        assertThat(output.getAll()).doesNotContain(NOTES).doesNotContain(PLACE);
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        String a = townshipDeputy(api(), clerk(), TOWNSHIP, "丁代表", "2021-10-15");
        String late = townshipDeputy(api(), clerk(), TOWNSHIP, "戊代表", "2024-03-01");
        String admin = countyAdmin();
        String elsewhere = townshipDeputy(api(), admin, OTHER_TOWNSHIP, "己代表", "2021-10-15");
        String elsewhereGroup = api().post("/api/deputy-groups", admin, """
                {"townshipCode":"%s","name":"外镇小组","kind":"TOPIC_GROUP","formedOn":"2022-01-10","leaderId":"%s","memberIds":["%s"]}"""
                .formatted(OTHER_TOWNSHIP, elsewhere, elsewhere)).json().path("id").asString();
        long before = storedEvents();

        var notServing = api().post("/api/duty-activities", clerk(),
                activity(null, "SURVEY", "", "2024-01-15", List.of(a, late, UUID.randomUUID().toString())));
        assertThat(notServing.status()).as(notServing.body()).isEqualTo(422);
        assertThat(notServing.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactly("deputyIds[1]", "deputyIds[2]");
        var future = api().post("/api/duty-activities", clerk(),
                activity(null, "SURVEY", "", LocalDate.parse(TODAY).plusDays(1).toString(), List.of(a)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("heldOn");
        var noMode = api().post("/api/duty-activities", clerk(), activity(null, "INSPECTION", "", "2024-05-20", List.of(a)));
        assertThat(noMode.status()).isEqualTo(400);
        assertThat(noMode.json().path("errors").get(0).path("field").asString()).isEqualTo("inspectionMode");
        var unknownUnit = api().post("/api/duty-activities", clerk(),
                activity(null, "EVALUATION", "\"evaluatedUnitCode\":\"339901-NOPE\",", "2024-05-20", List.of(a)));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.json().path("errors").get(0).path("field").asString()).isEqualTo("evaluatedUnitCode");
        var otherGroup = api().post("/api/duty-activities", clerk(),
                activity(null, "SURVEY", "\"groupId\":\"" + elsewhereGroup + "\",", "2024-05-20", List.of(a)));
        assertThat(otherGroup.status()).isEqualTo(422);
        assertThat(otherGroup.json().path("errors").get(0).path("field").asString()).isEqualTo("groupId");
        var badType = api().post("/api/duty-activities", clerk(), activity(null, "PARTY", "", "2024-05-20", List.of(a)));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().path("errors").get(0).path("field").asString()).isEqualTo("type");
        // A deputy logs only what they took part in; another township's clerk and a viewer log nothing.
        String otherDeputy = TestTokenIssuer.get().deputyToken("dep-x", UUID.randomUUID().toString());
        assertThat(api().post("/api/duty-activities", otherDeputy, activity(null, "SURVEY", "", "2024-05-20", List.of(a)))
                .status()).isEqualTo(403);
        assertThat(api().post("/api/duty-activities", Tokens.clerk(OTHER_TOWNSHIP),
                activity(null, "SURVEY", "", "2024-05-20", List.of(a))).status()).isEqualTo(403);
        assertThat(api().post("/api/duty-activities", viewer(), activity(null, "SURVEY", "", "2024-05-20", List.of(a)))
                .status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        String id = UUID.randomUUID().toString();
        assertThat(api().post("/api/duty-activities", clerk(), activity(id, "SURVEY", "", "2024-05-20", List.of(a))).status())
                .isEqualTo(201);
        assertThat(api().post("/api/duty-activities", clerk(), activity(id, "SURVEY", "", "2024-05-20", List.of(a))).status())
                .as("the same create again").isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void severalUnknownReferencesAreNamedInOneRefusal() {
        String notYet = townshipDeputy(api(), clerk(), TOWNSHIP, "壬代表", "2024-03-01");
        long before = storedEvents();
        var refused = api().post("/api/duty-activities", countyAdmin(), """
                {"type":"EVALUATION","heldOn":"2024-01-15","townshipCode":"339901999","groupId":"%s",
                 "evaluatedUnitCode":"339901-NOPE","deputyIds":["%s","%s"]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), notYet));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("type").asString()).endsWith("/unknown-reference");
        assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactly("townshipCode", "groupId", "evaluatedUnitCode", "deputyIds[0]", "deputyIds[1]");
        assertThat(refused.json().path("errors"))
                .allSatisfy(e -> assertThat(e.path("messageEn").asString()).isNotBlank());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void pointsAreAdjustedOnceWithTheReasonShownOnlyToTheOffice() {
        String a = townshipDeputy(api(), clerk(), TOWNSHIP, "庚代表", "2021-10-15");
        String adjustment = UUID.randomUUID().toString();
        String body = """
                {"id":"%s","category":"SESSION","points":-2.5,"reason":"%s","on":"2024-03-10"}"""
                .formatted(adjustment, ADJUSTMENT_REASON);

        var adjusted = api().post("/api/deputies/" + a + "/points-adjustments", clerk(), body);
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(201);
        assertThat(adjusted.json().path("pointsAdjustments").get(0).path("points").asDouble()).isEqualTo(-2.5);
        assertThat(adjusted.json().path("pointsAdjustments").get(0).path("reason").asString()).isEqualTo(ADJUSTMENT_REASON);
        assertThat(api().post("/api/deputies/" + a + "/points-adjustments", clerk(), body).status())
                .as("the same adjustment again").isEqualTo(200);
        var asViewer = api().get("/api/deputies/" + a, viewer());
        assertThat(asViewer.json().path("pointsAdjustments")).hasSize(1);
        assertThat(asViewer.body()).doesNotContain(ADJUSTMENT_REASON);

        var zero = api().post("/api/deputies/" + a + "/points-adjustments", clerk(), body.replace(adjustment, UUID.randomUUID().toString())
                .replace("-2.5", "0"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().path("errors").get(0).path("field").asString()).isEqualTo("points");
        var noCategory = api().post("/api/deputies/" + a + "/points-adjustments", clerk(), body.replace("SESSION", "PARTYING"));
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.json().path("errors").get(0).path("field").asString()).isEqualTo("category");
        assertThat(api().post("/api/deputies/" + a + "/points-adjustments", viewer(), body).status()).isEqualTo(403);
        assertThat(api().post("/api/deputies/" + UUID.randomUUID() + "/points-adjustments", clerk(), body).status()).isEqualTo(404);

        List<ConsumerRecord<String, CloudEvent>> records = published.of(a, 2);
        assertThat(records).extracting(r -> r.value().getType())
                .containsExactly(EventTypes.DEPUTY_REGISTERED, EventTypes.POINTS_ADJUSTED);
        String data = new String(records.get(1).value().getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(ContractSchemas.problems(EventTypes.POINTS_ADJUSTED, records.get(1).value().getData().toBytes())).isEmpty();
        assertThat(data).contains("\"points\":-2.5").contains("\"category\":\"SESSION\"").doesNotContain(ADJUSTMENT_REASON);
    }
}
