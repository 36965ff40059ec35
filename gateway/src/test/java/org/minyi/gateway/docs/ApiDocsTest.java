package org.minyi.gateway.docs;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's one Swagger UI over real HTTP: the page and its configuration load without a token,
 * every service's document is fetched from the service (a stand-in HTTP server) and the gateway's own
 * document describes its reference data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTest {

    private static final Path KEY_FILE;
    private static final HttpServer SERVICE;
    private static final List<String> REACHED = new CopyOnWriteArrayList<>();
    private static final String SERVICE_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"Minyi petition-service API","version":"1"},
             "paths":{"/api/petitions":{"post":{"responses":{"201":{"description":"Created"}}}}}}""";

    static {
        try {
            KEY_FILE = Files.createTempDirectory("gateway-docs-test").resolve("keys/jwt-signing-key.json");
            SERVICE = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SERVICE.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith("/actuator")) {
                REACHED.add(path);
            }
            byte[] body = (path.equals("/v3/api-docs") ? SERVICE_DOCUMENT : "{\"ok\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        SERVICE.start();
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "gateway_docs");
        String stub = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        for (String service : List.of("deputy", "proposal", "petition", "reporting")) {
            registry.add("minyi.gateway.services." + service, () -> stub);
        }
        registry.add("minyi.auth.key-file", KEY_FILE::toString);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void theSwaggerUiLoadsWithoutAToken() {
        var welcome = api().get("/swagger-ui.html", null);
        assertThat(welcome.status()).isEqualTo(302);
        assertThat(welcome.header("Location")).endsWith("/swagger-ui/index.html");

        var page = api().get("/swagger-ui/index.html", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        // Its own assets only, and a policy that lets them run but nothing injected inline.
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self';").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");

        var initializer = api().get("/swagger-ui/swagger-initializer.js", null);
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("/v3/api-docs/swagger-config");
        assertThat(api().get("/swagger-ui/swagger-ui-bundle.js", null).status()).isEqualTo(200);
        assertThat(api().get("/swagger-ui/swagger-ui.css", null).status()).isEqualTo(200);

        // Only reading is open: anything else on these paths is refused.
        var post = api().post("/swagger-ui/index.html", null, "{}");
        assertThat(post.status()).isIn(401, 403);
    }

    @Test
    void theSwaggerConfigListsEveryDocument() {
        var config = api().get("/v3/api-docs/swagger-config", null);
        assertThat(config.status()).isEqualTo(200);
        List<Map.Entry<String, String>> documents = new ArrayList<>();
        config.json().path("urls").forEach(u -> documents.add(Map.entry(u.path("name").asString(), u.path("url").asString())));
        assertThat(documents).containsExactlyInAnyOrder(
                Map.entry("gateway", "/v3/api-docs"),
                Map.entry("deputy-service", "/v3/api-docs/deputy-service"),
                Map.entry("proposal-service", "/v3/api-docs/proposal-service"),
                Map.entry("petition-service", "/v3/api-docs/petition-service"),
                Map.entry("reporting-service", "/v3/api-docs/reporting-service"));
    }

    @Test
    void eachServiceDocumentIsFetchedFromTheServiceWithoutAToken() {
        REACHED.clear();
        for (String service : List.of("deputy-service", "proposal-service", "petition-service", "reporting-service")) {
            var document = api().get("/v3/api-docs/" + service, null);
            assertThat(document.status()).as(service).isEqualTo(200);
            assertThat(document.json().path("info").path("title").asString()).isEqualTo("Minyi petition-service API");
            assertThat(document.json().path("paths").has("/api/petitions")).isTrue();
        }
        assertThat(REACHED).containsExactly("/v3/api-docs", "/v3/api-docs", "/v3/api-docs", "/v3/api-docs");

        // Only the documents are open: an unknown name is not a way past the token check.
        assertThat(api().get("/v3/api-docs/nobody", null).status()).isEqualTo(404);
        assertThat(api().post("/v3/api-docs/petition-service", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void theGatewaysOwnDocumentDescribesItsReferenceDataWithTheBearerScheme() {
        var response = api().get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Minyi gateway API");
        assertThat(document.path("info").path("version").asString()).isNotBlank();
        assertThat(document.path("info").path("description").asString()).contains("Bearer", "bearer");
        assertThat(document.path("paths").has("/api/townships")).isTrue();
        assertThat(document.path("paths").has("/api/county")).isTrue();
        // Nothing but the API: no actuator, no routes proxied to the services.
        document.path("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
        assertThat(document.path("paths").has("/api/petitions")).isFalse();

        JsonNode scheme = document.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").get(0).has("bearerAuth")).isTrue();
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");

        JsonNode townships = document.path("paths").path("/api/townships").path("get");
        assertThat(townships.path("responses").path("401").path("$ref").asString())
                .isEqualTo("#/components/responses/Unauthenticated");
        assertThat(document.path("components").path("responses").path("Unauthenticated").path("content")
                .has("application/problem+json")).isTrue();
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("titleEn")).isTrue();
    }
}
