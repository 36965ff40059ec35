package org.minyi.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.platform.testing.ApiClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deputies registered in deputy-service become able to sign a motion in proposal-service only through
 * {@code npc.deputy.events}, and a deputy whose mandate deputy-service ends is refused there (422): the whole
 * suite, through the gateway, with no call between the two services.
 */
@ExtendWith(RunningSuite.class)
class ProposalRosterEndToEndTest {

    private static final String TOWNSHIP = "339901201";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static ApiClient gateway;
    private static String admin;

    @BeforeAll
    static void connect() {
        gateway = new ApiClient(RunningSuite.suite().settings().gatewayUrl());
        var response = gateway.clientCredentials("demo-admin", "demo-admin-secret");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        admin = response.json().path("access_token").asString();
    }

    private static String deputy(UUID id, int i) {
        return """
                {"id":"%s","name":"联名代表%d","gender":"FEMALE","birthDate":"1975-06-01","ethnicity":"汉族","party":"CPC",
                 "occupation":"FARMER","townshipCode":"%s","electoralDistrict":"第一选区",
                 "mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":18,"electedOn":"2021-12-20"}]}"""
                .formatted(id, i, TOWNSHIP, TOWNSHIP);
    }

    private static String motion(UUID id, List<UUID> deputies) {
        return """
                {"id":"%s","kind":"MOTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","coSignerIds":[%s],
                 "title":"关于修建村级文化礼堂的议案","category":"EDUCATION_SCIENCE_CULTURE_HEALTH"}"""
                .formatted(id, TOWNSHIP, TODAY, deputies.get(0),
                        String.join(",", deputies.subList(1, deputies.size()).stream().map(d -> "\"" + d + "\"").toList()));
    }

    @Test
    void deputiesRegisteredInDeputyServiceSignInProposalServiceUntilTheirMandateEnds() {
        List<UUID> deputies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            deputies.add(id);
            assertThat(gateway.post("/api/deputies", admin, deputy(id, i)).status()).isEqualTo(201);
        }
        // Idempotent create: retried with the same id until the roster has caught up (422 before).
        UUID first = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.post("/api/proposals", admin, motion(first, deputies)).status() == 200);
        var created = gateway.get("/api/proposals/" + first, admin);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("leadDeputy").path("name").asString()).isEqualTo("联名代表0");

        UUID leaving = deputies.get(4);
        var ended = gateway.post("/api/deputies/" + leaving + "/mandates/TOWNSHIP/end", admin,
                "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"MOVED_AWAY\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        UUID second = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.post("/api/proposals", admin, motion(second, deputies)).status() == 422);
        var refused = gateway.post("/api/proposals", admin, motion(second, deputies));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("coSignerIds[3]");
        assertThat(gateway.get("/api/proposals/" + second, admin).status()).isEqualTo(404);
    }
}
