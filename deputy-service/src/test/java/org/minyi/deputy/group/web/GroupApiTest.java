package org.minyi.deputy.group.web;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.deputy.AbstractDeputyApiTest;
import org.minyi.deputy.group.model.FormDeputyGroup;
import org.minyi.deputy.group.model.GroupKind;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.TestTokenIssuer;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.deputy.DeputyRoster.OTHER_TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.countyDeputy;
import static org.minyi.deputy.DeputyRoster.townshipDeputy;
import static org.minyi.platform.testing.Tokens.countyAdmin;
import static org.minyi.platform.testing.Tokens.viewer;

/** Deputy groups and topic groups over real HTTP, against a real PostgreSQL and a real Kafka broker. */
class GroupApiTest extends AbstractDeputyApiTest {

    private static final PublishedEvents published = new PublishedEvents(Topics.DEPUTY_EVENTS);

    @Autowired
    CommandGateway commands;

    @AfterAll
    static void close() {
        published.close();
    }

    private static String clerk() {
        return TestTokenIssuer.get().token("demo-clerk", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
    }

    private static String group(String id, String kind, String leader, String liaison, List<String> members) {
        return """
                {%s"townshipCode":"%s","name":"第一代表小组","kind":"%s","formedOn":"2022-01-10","leaderId":"%s",
                 %s"memberIds":[%s],
                 "venue":{"kind":"WORK_STATION","name":"青石镇代表联络站","address":"青石镇政府一楼"}}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", TOWNSHIP, kind, leader,
                        liaison == null ? "" : "\"liaisonId\":\"" + liaison + "\",",
                        String.join(",", members.stream().map(m -> "\"" + m + "\"").toList()));
    }

    private ApiClient.Response post(String path, String token, Long ifMatch, String json) {
        return api().step(path, token, json, ifMatch);
    }

    @Test
    void aGroupIsFormedChangedReadWithItsMembersAndPublished() {
        String a = townshipDeputy(api(), clerk(), TOWNSHIP, "甲代表", "2021-10-15");
        String b = townshipDeputy(api(), clerk(), TOWNSHIP, "乙代表", "2021-10-15");
        String c = countyDeputy(api(), clerk(), TOWNSHIP, "丙代表");
        String d = townshipDeputy(api(), clerk(), TOWNSHIP, "丁代表", "2021-10-15");

        var formed = api().post("/api/deputy-groups", clerk(), group(null, "DEPUTY_GROUP", a, b, List.of(a, b, c)));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String id = formed.json().path("id").asString();
        assertThat(formed.header("Location")).isEqualTo("/api/deputy-groups/" + id);
        assertThat(formed.header("ETag")).isEqualTo("\"0\"");
        assertThat(formed.json().path("leaderId").asString()).isEqualTo(a);
        assertThat(formed.json().path("liaisonId").asString()).isEqualTo(b);
        assertThat(formed.json().path("members")).hasSize(3);
        JsonNode county = member(formed.json(), c);
        assertThat(county.path("name").asString()).isEqualTo("丙代表");
        assertThat(county.path("servingLevels").get(0).asString()).isEqualTo("COUNTY");
        assertThat(member(formed.json(), a).path("roles").get(0).asString()).isEqualTo("LEADER");
        assertThat(formed.json().path("venues").get(0).path("name").asString()).isEqualTo("青石镇代表联络站");

        // The list by township, the roster by group and each member's profile show the group.
        var list = api().get("/api/deputy-groups?townshipCode=" + TOWNSHIP + "&kind=DEPUTY_GROUP", viewer());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(id);
        assertThat(api().get("/api/deputy-groups?townshipCode=" + OTHER_TOWNSHIP, viewer()).body()).doesNotContain(id);
        var roster = api().get("/api/deputies?groupId=" + id, viewer());
        assertThat(roster.json().path("total").asLong()).isEqualTo(3);
        JsonNode profile = api().get("/api/deputies/" + b, viewer()).json();
        assertThat(profile.path("groups").get(0).path("groupId").asString()).isEqualTo(id);
        assertThat(profile.path("groups").get(0).path("roles").get(0).asString()).isEqualTo("LIAISON");

        // Changes, each with If-Match.
        assertThat(post("/api/deputy-groups/" + id + "/members", clerk(), 0L,
                "{\"deputyId\":\"" + d + "\",\"joinedOn\":\"2023-03-01\"}").status()).isEqualTo(200);
        var stale = post("/api/deputy-groups/" + id + "/members/" + b + "/remove", clerk(), 0L,
                "{\"leftOn\":\"2023-04-01\"}");
        assertThat(stale.status()).isEqualTo(412);
        var removed = post("/api/deputy-groups/" + id + "/members/" + b + "/remove", clerk(), 1L,
                "{\"leftOn\":\"2023-04-01\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().has("liaisonId")).as("the liaison's office fell vacant").isFalse();
        assertThat(removed.json().path("members")).hasSize(3);
        var role = post("/api/deputy-groups/" + id + "/roles", clerk(), null,
                "{\"role\":\"DEPUTY_LEADER\",\"deputyId\":\"" + d + "\",\"on\":\"2023-04-01\"}");
        assertThat(role.status()).as(role.body()).isEqualTo(200);
        assertThat(role.json().path("deputyLeaderId").asString()).isEqualTo(d);
        var venue = post("/api/deputy-groups/" + id + "/venues", clerk(), null,
                "{\"kind\":\"DEPUTIES_HOME\",\"name\":\"青石镇代表之家\",\"address\":\"青石镇文化站二楼\"}");
        assertThat(venue.status()).as(venue.body()).isEqualTo(200);
        assertThat(venue.json().path("venues")).hasSize(2);
        String venueId = venue.json().path("venues").get(1).path("venueId").asString();
        var detached = api().send(api().request("/api/deputy-groups/" + id + "/venues/" + venueId, clerk()).DELETE());
        assertThat(detached.status()).isEqualTo(200);
        assertThat(detached.json().path("venues")).hasSize(1);
        assertThat(detached.header("ETag")).isEqualTo("\"5\"");

        // The leader cannot leave; a member cannot be added twice: 409, nothing stored.
        long before = storedEvents();
        var leader = post("/api/deputy-groups/" + id + "/members/" + a + "/remove", clerk(), null, "{\"leftOn\":\"" + TODAY + "\"}");
        assertThat(leader.status()).isEqualTo(409);
        assertThat(leader.json().path("type").asString()).endsWith("/group-conflict");
        assertThat(post("/api/deputy-groups/" + id + "/members", clerk(), null,
                "{\"deputyId\":\"" + d + "\",\"joinedOn\":\"" + TODAY + "\"}").status()).isEqualTo(409);
        var early = post("/api/deputy-groups/" + id + "/roles", clerk(), null,
                "{\"role\":\"LIAISON\",\"deputyId\":\"" + c + "\",\"on\":\"2022-01-01\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("errors").get(0).path("field").asString()).isEqualTo("on");
        assertThat(storedEvents()).isEqualTo(before);

        List<ConsumerRecord<String, CloudEvent>> records = published.of(id, 6);
        assertThat(records).extracting(r -> r.value().getType()).containsExactly(EventTypes.DEPUTY_GROUP_FORMED,
                EventTypes.GROUP_MEMBER_ADDED, EventTypes.GROUP_MEMBER_REMOVED, EventTypes.GROUP_ROLE_ASSIGNED,
                EventTypes.VENUE_ATTACHED, EventTypes.VENUE_DETACHED);
        for (ConsumerRecord<String, CloudEvent> record : records) {
            assertThat(record.value().getExtension("townshipcode")).isEqualTo(TOWNSHIP);
            assertThat(ContractSchemas.problems(record.value().getType(), record.value().getData().toBytes())).isEmpty();
        }
        String removal = new String(records.get(2).value().getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(removal).contains("\"vacatedRoles\":[\"LIAISON\"]").contains("\"leftOn\":\"2023-04-01\"");
    }

    @Test
    void membersMustBeServingDeputiesOfTheTownshipAndInOneDeputyGroupOnly() {
        String a = townshipDeputy(api(), clerk(), TOWNSHIP, "戊代表", "2021-10-15");
        String elsewhere = townshipDeputy(api(), countyAdmin(),
                OTHER_TOWNSHIP, "己代表", "2021-10-15");
        String countyElsewhere = countyDeputy(api(), countyAdmin(),
                OTHER_TOWNSHIP, "庚代表");
        long before = storedEvents();

        var ineligible = api().post("/api/deputy-groups", clerk(),
                group(null, "DEPUTY_GROUP", a, null, List.of(a, elsewhere, countyElsewhere, UUID.randomUUID().toString())));
        assertThat(ineligible.status()).as(ineligible.body()).isEqualTo(422);
        assertThat(ineligible.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactly("memberIds[1]", "memberIds[2]", "memberIds[3]");
        var notMember = api().post("/api/deputy-groups", clerk(), group(null, "DEPUTY_GROUP", UUID.randomUUID().toString(), null, List.of(a)));
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.json().path("errors").get(0).path("field").asString()).isEqualTo("leaderId");
        var otherClerk = Tokens.clerk(OTHER_TOWNSHIP);
        assertThat(api().post("/api/deputy-groups", otherClerk, group(null, "DEPUTY_GROUP", a, null, List.of(a))).status())
                .isEqualTo(403);
        assertThat(api().post("/api/deputy-groups", viewer(), group(null, "DEPUTY_GROUP", a, null, List.of(a))).status())
                .isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        String first = UUID.randomUUID().toString();
        assertThat(api().post("/api/deputy-groups", clerk(), group(first, "DEPUTY_GROUP", a, null, List.of(a))).status()).isEqualTo(201);
        var again = api().post("/api/deputy-groups", clerk(), group(first, "DEPUTY_GROUP", a, null, List.of(a)));
        assertThat(again.status()).as("the same create again").isEqualTo(200);
        var second = api().post("/api/deputy-groups", clerk(), group(null, "DEPUTY_GROUP", a, null, List.of(a)));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asString()).contains("第一代表小组");
        // Any number of topic groups.
        assertThat(api().post("/api/deputy-groups", clerk(), group(null, "TOPIC_GROUP", a, null, List.of(a))).status()).isEqualTo(201);
        assertThat(api().post("/api/deputy-groups", clerk(), group(null, "TOPIC_GROUP", a, null, List.of(a))).status()).isEqualTo(201);
        assertThat(api().get("/api/deputies/" + a, viewer()).json().path("groups")).hasSize(3);
    }

    @Test
    void theOneDeputyGroupRuleHoldsForACommandSentStraightToTheAggregate() {
        String a = townshipDeputy(api(), clerk(), TOWNSHIP, "辛代表", "2021-10-15");
        assertThat(api().post("/api/deputy-groups", clerk(), group(null, "DEPUTY_GROUP", a, null, List.of(a))).status()).isEqualTo(201);
        long before = storedEvents();
        UUID racing = UUID.randomUUID();
        // Not through the API: the group itself asks whether the deputy is in another deputy group, and
        // the whole command is refused (no event stored, nothing published).
        assertThatThrownBy(() -> commands.sendAndWait(new FormDeputyGroup(racing, TOWNSHIP, "第二代表小组",
                GroupKind.DEPUTY_GROUP, null, LocalDate.parse("2022-01-10"), UUID.fromString(a), null, null,
                List.of(UUID.fromString(a)), null, "demo-clerk", null))).isInstanceOf(RuntimeException.class);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().get("/api/deputy-groups/" + racing, viewer()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM deputy_group_member WHERE deputy_id = ?").param(UUID.fromString(a))
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void twoOfficesAddingOneDeputyToTwoDeputyGroupsAtOnceGetOne200AndOne409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String a = townshipDeputy(api(), clerk(), TOWNSHIP, "癸代表", "2021-10-15");
            String b = townshipDeputy(api(), clerk(), TOWNSHIP, "癸代表", "2021-10-15");
            String x = townshipDeputy(api(), clerk(), TOWNSHIP, "癸代表", "2021-10-15");
            String first = api().post("/api/deputy-groups", clerk(), group(null, "DEPUTY_GROUP", a, null, List.of(a)))
                    .json().path("id").asString();
            String second = api().post("/api/deputy-groups", clerk(), group(null, "DEPUTY_GROUP", b, null, List.of(b)))
                    .json().path("id").asString();
            String join = "{\"deputyId\":\"" + x + "\",\"joinedOn\":\"" + TODAY + "\"}";
            ExecutorService offices = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Future<ApiClient.Response> one = offices.submit(() -> {
                    start.await();
                    return post("/api/deputy-groups/" + first + "/members", clerk(), null, join);
                });
                Future<ApiClient.Response> other = offices.submit(() -> {
                    start.await();
                    return post("/api/deputy-groups/" + second + "/members", clerk(), null, join);
                });
                start.countDown();
                List<ApiClient.Response> answers = List.of(one.get(60, TimeUnit.SECONDS),
                        other.get(60, TimeUnit.SECONDS));
                assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString())
                        .containsExactlyInAnyOrder(200, 409);
                assertThat(answers).filteredOn(r -> r.status() == 409)
                        .allSatisfy(r -> assertThat(r.json().path("type").asString()).endsWith("/group-conflict"));
            } finally {
                offices.shutdownNow();
            }
            assertThat(jdbc.sql("SELECT count(*) FROM deputy_group_member WHERE deputy_id = ?")
                    .param(UUID.fromString(x)).query(Long.class).single()).isEqualTo(1L);
        }
    }

    private static JsonNode member(JsonNode group, String deputyId) {
        List<JsonNode> found = new ArrayList<>();
        group.path("members").forEach(m -> {
            if (m.path("deputyId").asString().equals(deputyId)) {
                found.add(m);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
