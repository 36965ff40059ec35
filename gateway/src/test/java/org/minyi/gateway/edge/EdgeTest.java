package org.minyi.gateway.edge;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's edge over real HTTP with its default limits: CORS for the dashboard's origin only,
 * the 1 MiB body limit (announced and chunked bodies, refused before reaching the service), the
 * security headers of API responses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeTest {

    private static final Path KEY_FILE = StubService.tempKeyFile();
    private static final StubService SERVICE = new StubService();
    private static final String DASHBOARD = "http://localhost:5173";
    private static final int MIB = 1024 * 1024;

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

    private ApiClient.Response preflight(String path, String origin, String method, String headers) {
        return api().send(api().request(path, null)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static List<String> list(String header) {
        return header == null ? List.of() : Arrays.stream(header.split(",")).map(String::trim).toList();
    }

    @Test
    void theDashboardsOriginMayCallTheApiAndTheTokenEndpoint() {
        for (String path : List.of("/api/petitions", "/oauth2/token")) {
            var preflight = preflight(path, DASHBOARD, "POST", "authorization,content-type,idempotency-key,if-match");
            assertThat(preflight.status()).as(path).isEqualTo(200);
            assertThat(preflight.header("Access-Control-Allow-Origin")).as(path).isEqualTo(DASHBOARD);
            assertThat(list(preflight.header("Access-Control-Allow-Methods"))).as(path)
                    .containsExactlyInAnyOrder("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
            assertThat(list(preflight.header("Access-Control-Allow-Headers")).stream().map(String::toLowerCase)).as(path)
                    .containsExactlyInAnyOrder("authorization", "content-type", "idempotency-key", "if-match");
            assertThat(preflight.header("Access-Control-Max-Age")).as(path).isEqualTo("3600");
            assertThat(preflight.header("Access-Control-Allow-Credentials")).as(path).isNull();
        }
        assertThat(SERVICE.started).isEmpty();

        var call = api().send(api().request("/api/petitions/1", accessToken("demo-admin")).header("Origin", DASHBOARD).GET());
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
        assertThat(list(call.header("Access-Control-Expose-Headers")))
                .containsExactlyInAnyOrder("ETag", "Location", "Retry-After", "X-RateLimit-Remaining");
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        for (String path : List.of("/api/petitions", "/oauth2/token")) {
            var preflight = preflight(path, "https://evil.example", "POST", "authorization,content-type");
            assertThat(preflight.status()).as(path).isEqualTo(403);
            assertThat(preflight.header("Access-Control-Allow-Origin")).as(path).isNull();
            assertThat(preflight.header("Access-Control-Allow-Methods")).as(path).isNull();
        }
        // A header outside the list is refused too, even from the dashboard.
        var unknownHeader = preflight("/api/petitions", DASHBOARD, "POST", "x-custom");
        assertThat(unknownHeader.status()).isEqualTo(403);
        assertThat(unknownHeader.header("Access-Control-Allow-Origin")).isNull();

        var call = api().send(api().request("/api/petitions/1", accessToken("demo-viewer"))
                .header("Origin", "https://evil.example").GET());
        assertThat(call.status()).isEqualTo(403);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
        assertThat(SERVICE.started).isEmpty();
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        String token = accessToken("demo-admin");
        var served = api().get("/api/petitions/1", token);
        var refused = api().get("/api/petitions/1", null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        for (var response : List.of(served, refused)) {
            assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Cache-Control")).contains("no-store");
        }
        assertThat(served.header("X-RateLimit-Remaining")).isNotNull();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAndNeverReachesTheService() {
        String token = accessToken("demo-clerk");
        byte[] tooLarge = json(MIB + 1);

        var announced = api().send(api().request("/api/petitions", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        assertTooLarge(announced);

        var chunked = api().send(api().request("/api/petitions", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(2 * MIB)))));
        assertTooLarge(chunked);
        // Not even the start of either request went on to the service.
        assertThat(SERVICE.started).isEmpty();

        // Up to the limit, announced or chunked, the body is passed on whole.
        byte[] fits = json(MIB);
        assertThat(api().send(api().request("/api/petitions", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(fits))).status()).isEqualTo(200);
        assertThat(api().send(api().request("/api/petitions", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fits)))).status()).isEqualTo(200);
        assertThat(SERVICE.received).containsExactly("POST /api/petitions " + MIB, "POST /api/petitions " + MIB);
    }

    private static void assertTooLarge(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo("https://minyi.org/problems/payload-too-large");
        assertThat(problem.path("title").asString()).isEqualTo("请求体过大");
        assertThat(problem.path("titleEn").asString()).isEqualTo("Payload too large");
        assertThat(problem.path("detail").asString()).contains("1048576");
        assertThat(problem.path("detailEn").asString()).contains("1048576");
    }

    /** A JSON document of exactly {@code size} bytes. */
    private static byte[] json(int size) {
        String head = "{\"subject\":\"";
        String tail = "\"}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }
}
