package org.minyi.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.platform.testing.ApiClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A disabled account loses the access it holds, not only its next token: within a minute its token is
 * refused at the gateway and at every service, each asked directly on its own port, as a caller inside
 * the network could.
 */
@ExtendWith(RunningSuite.class)
class RevocationEndToEndTest {

    private static final List<String> SERVICES = List.of("deputy-service", "proposal-service", "petition-service",
            "reporting-service");

    @Test
    void aDisabledClientsTokenIsRefusedEverywhereWithinAMinute() {
        LocalSuite suite = RunningSuite.suite();
        ApiClient gateway = new ApiClient(suite.settings().gatewayUrl());
        String admin = gateway.clientCredentials("demo-admin", "demo-admin-secret").json().path("access_token").asString();
        var created = gateway.post("/api/accounts", admin, """
                {"username":"revoked-feed","kind":"CLIENT","password":"revoked-feed-secret","role":"VIEWER"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String held = gateway.clientCredentials("revoked-feed", "revoked-feed-secret").json().path("access_token").asString();

        Map<String, ApiClient> targets = new LinkedHashMap<>();
        targets.put("gateway", gateway);
        SERVICES.forEach(s -> targets.put(s, new ApiClient(suite.service(s).url())));
        String path = "/api/reports/petitions/rates";
        // Accepted everywhere first (a viewer reads reports; other services answer 403 or 404, not 401).
        targets.forEach((name, api) -> assertThat(api.get(path, held).status()).as(name).isNotEqualTo(401));

        var disabled = gateway.send(gateway.request("/api/accounts/revoked-feed", admin).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"role\":\"VIEWER\",\"enabled\":false}")));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        long start = System.nanoTime();
        Map<String, Long> refusedAfter = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            targets.forEach((name, api) -> {
                if (!refusedAfter.containsKey(name) && api.get(path, held).status() == 401) {
                    refusedAfter.put(name, (System.nanoTime() - start) / 1_000_000);
                }
            });
            return refusedAfter.size() == targets.size();
        });
        refusedAfter.forEach((name, millis) ->
                System.out.println("[revocation] " + name + " refused the disabled client's token after " + millis + " ms"));
        assertThat(refusedAfter.values()).allMatch(ms -> ms < 60_000);
    }
}
