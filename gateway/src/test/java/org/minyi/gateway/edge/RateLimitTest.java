package org.minyi.gateway.edge;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's rate limits over real HTTP, with small buckets: per token subject on the API (5 at once,
 * 1 more a second), per client id at the token endpoint and per username at the login form (3 at once,
 * 1 more every 5 seconds), health never.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "minyi.gateway.rate-limit.capacity=5",
        "minyi.gateway.rate-limit.refill-per-second=1",
        "minyi.gateway.rate-limit.credentials.capacity=3",
        "minyi.gateway.rate-limit.credentials.refill-per-second=0.2"})
class RateLimitTest {

    private static final Path KEY_FILE = StubService.tempKeyFile();
    private static final StubService SERVICE = new StubService();
    private static final String DASHBOARD = "http://localhost:5173";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVICE.registerAsEveryService(registry, "gateway_edge", KEY_FILE);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop();
    }

    @BeforeEach
    void clear() {
        SERVICE.clear();
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private String accessToken(String client) {
        var response = api().clientCredentials(client, client + "-secret");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }

    private static long assertRateLimited(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertThat(retryAfter).isPositive();
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo("https://minyi.org/problems/rate-limited");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asString()).isEqualTo("请求过于频繁");
        assertThat(problem.path("titleEn").asString()).isEqualTo("Too many requests");
        assertThat(problem.path("detail").asString()).contains(retryAfter + " 秒");
        assertThat(problem.path("detailEn").asString()).contains(retryAfter + " seconds");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        return retryAfter;
    }

    @Test
    void aBurstOverTheLimitWaitsWhileAnotherClientIsServed() throws Exception {
        String admin = accessToken("demo-admin");
        String viewer = accessToken("demo-viewer");

        List<String> remaining = new ArrayList<>();
        ApiClient.Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            var response = api().send(api().request("/api/petitions/" + i, admin).header("Origin", DASHBOARD).GET());
            if (response.status() == 429) {
                refused = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
                remaining.add(response.header("X-RateLimit-Remaining"));
            }
        }
        assertThat(refused).as("a burst of 60 is limited").isNotNull();
        assertThat(remaining.size()).isBetween(5, 20);
        assertThat(remaining.get(0)).isEqualTo("4");
        long retryAfter = assertRateLimited(refused);
        assertThat(retryAfter).isEqualTo(1);
        // The dashboard's script can read the refusal and its Retry-After; the security headers are there.
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
        assertThat(refused.header("Access-Control-Expose-Headers")).contains("Retry-After");
        assertThat(refused.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // Refused calls never reached the service.
        assertThat(SERVICE.received).hasSize(remaining.size());

        // Another client is unaffected meanwhile.
        var other = api().get("/api/petitions/1", viewer);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("X-RateLimit-Remaining")).isEqualTo("4");
        // Health is never limited.
        for (int i = 0; i < 10; i++) {
            assertThat(api().get("/actuator/health", null).status()).isNotEqualTo(429);
        }

        Thread.sleep(retryAfter * 1000);
        assertThat(api().get("/api/petitions/1", admin).status()).isEqualTo(200);
    }

    @Test
    void theTokenEndpointIsLimitedPerClientId() throws Exception {
        // Guessing demo-clerk's secret: three attempts, then the client id is held back.
        for (int i = 0; i < 3; i++) {
            assertThat(api().clientCredentials("demo-clerk", "guess-" + i).status()).isEqualTo(401);
        }
        long retryAfter = assertRateLimited(api().clientCredentials("demo-clerk", "guess-3"));
        assertThat(retryAfter).isBetween(1L, 5L);
        // Even with the right secret, until the bucket refills; the dashboard's script can read the refusal.
        assertRateLimited(api().clientCredentials("demo-clerk", "demo-clerk-secret"));
        var fromDashboard = api().send(api().request("/oauth2/token", null).header("Origin", DASHBOARD)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-clerk:x".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertRateLimited(fromDashboard);
        assertThat(fromDashboard.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
        assertThat(fromDashboard.header("Access-Control-Expose-Headers")).contains("Retry-After");

        // Other client ids are unaffected, and so is the client's use of tokens it already holds.
        assertThat(api().clientCredentials("demo-unit", "demo-unit-secret").status()).isEqualTo(200);

        Thread.sleep(retryAfter * 1000);
        assertThat(api().clientCredentials("demo-clerk", "demo-clerk-secret").status()).isEqualTo(200);
    }

    @Test
    void theLoginFormIsLimitedPerUsername() {
        for (int i = 0; i < 3; i++) {
            assertThat(login("clerk-wang").status()).isNotEqualTo(429);
        }
        assertRateLimited(login("clerk-wang"));
        assertThat(login("clerk-li").status()).isNotEqualTo(429);
    }

    private ApiClient.Response login(String username) {
        return api().send(api().request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=wrong")));
    }
}
