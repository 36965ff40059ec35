package org.minyi.gateway;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway over real HTTP: the token endpoint, authentication of /api/**, routing to a service
 * (a stand-in HTTP server that records what reaches it), reference data and aggregated health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTest {

    private static final Path KEY_FILE;
    private static final HttpServer SERVICE;
    private static final List<String> REACHED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger READINESS = new AtomicInteger(200);

    static {
        try {
            KEY_FILE = Files.createTempDirectory("gateway-test").resolve("keys/jwt-signing-key.json");
            SERVICE = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SERVICE.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = path.equals("/actuator/health/readiness") ? READINESS.get() : 200;
            if (!path.startsWith("/actuator")) {
                REACHED.add(path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            }
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        SERVICE.start();
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        // The gateway's own database (accounts, issued authorizations); the issuer is set below.
        TestInfrastructure.register(registry, "gateway");
        String stub = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        for (String service : List.of("deputy", "proposal", "petition", "reporting")) {
            registry.add("minyi.gateway.services." + service, () -> stub);
        }
        registry.add("minyi.auth.key-file", KEY_FILE::toString);
        registry.add("minyi.security.issuer", () -> "http://localhost:8080");
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private ApiClient.Response token(String client, String secret) {
        return api().clientCredentials(client, secret);
    }

    private String accessToken(String client) {
        var response = token(client, client + "-secret");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }

    @Test
    void theTokenEndpointIssuesSignedTokensCarryingRoleAndScope() throws Exception {
        SignedJWT clerk = SignedJWT.parse(accessToken("demo-clerk"));
        assertThat(clerk.getJWTClaimsSet().getSubject()).isEqualTo("demo-clerk");
        assertThat(clerk.getJWTClaimsSet().getAudience()).containsExactly("minyi");
        assertThat(clerk.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:8080");
        assertThat(clerk.getJWTClaimsSet().getStringClaim("role")).isEqualTo("TOWNSHIP_CLERK");
        assertThat(clerk.getJWTClaimsSet().getStringListClaim("townships")).containsExactly("339901001");

        SignedJWT unit = SignedJWT.parse(accessToken("demo-unit"));
        assertThat(unit.getJWTClaimsSet().getStringClaim("unit")).isEqualTo("339901001-ZF");
        assertThat(SignedJWT.parse(accessToken("demo-admin")).getJWTClaimsSet().getStringClaim("role")).isEqualTo("COUNTY_ADMIN");
        assertThat(SignedJWT.parse(accessToken("demo-viewer")).getJWTClaimsSet().getStringClaim("role")).isEqualTo("VIEWER");

        // Signed with the key kept in the key file, which the JWKS publishes.
        RSAKey kept = RSAKey.parse(Files.readString(KEY_FILE));
        assertThat(clerk.getHeader().getKeyID()).isEqualTo(kept.getKeyID());
        JsonNode jwks = api().get("/oauth2/jwks", null).json();
        assertThat(jwks.path("keys").get(0).path("kid").asString()).isEqualTo(kept.getKeyID());
        assertThat(jwks.toString()).doesNotContain("\"d\"");

        assertThat(token("demo-admin", "wrong").status()).isEqualTo(401);
        assertThat(token("nobody", "nobody-secret").status()).isEqualTo(401);
    }

    @Test
    void apiCallsNeedAValidTokenAndAreRoutedWithIt() {
        REACHED.clear();
        var anonymous = api().get("/api/petitions/123", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/api/petitions/123", "forged.token.value").status()).isEqualTo(401);
        assertThat(REACHED).isEmpty();

        String token = accessToken("demo-admin");
        for (String path : List.of("/api/petitions/123", "/api/reports/petitions/rates", "/api/proposals",
                "/api/deputies/9", "/api/deputy-groups", "/api/duty-activities")) {
            assertThat(api().get(path, token).status()).as(path).isEqualTo(200);
        }
        assertThat(REACHED).containsExactly(
                "/api/petitions/123 Bearer " + token, "/api/reports/petitions/rates Bearer " + token,
                "/api/proposals Bearer " + token, "/api/deputies/9 Bearer " + token,
                "/api/deputy-groups Bearer " + token, "/api/duty-activities Bearer " + token);
    }

    @Test
    void referenceDataDescribesTheDemoCounty() {
        String token = accessToken("demo-viewer");
        assertThat(api().get("/api/townships", null).status()).isEqualTo(401);
        JsonNode townships = api().get("/api/townships", token).json();
        assertThat(townships.size()).isBetween(12, 15);
        JsonNode first = townships.get(0);
        assertThat(first.path("code").asString()).isEqualTo("339901001");
        assertThat(first.path("villages").size()).isBetween(10, 15);
        assertThat(first.path("villages").get(0).path("code").asString()).startsWith("339901001");
        assertThat(first.path("units").get(0).path("code").asString()).isEqualTo("339901001-ZF");
        JsonNode county = api().get("/api/county", token).json();
        assertThat(county.path("code").asString()).isEqualTo("339901");
        assertThat(county.path("name").asString()).isEqualTo("青溪县");
        assertThat(county.path("units").size()).isPositive();
    }

    @Test
    void healthIsUpOnlyWhenEveryServiceIsReady() {
        READINESS.set(503);
        var down = api().get("/actuator/health", null);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().path("status").asString()).isEqualTo("DOWN");
        READINESS.set(200);
        var up = api().get("/actuator/health", null);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("status").asString()).isEqualTo("UP");
    }
}
