package org.minyi.local.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.local.RunningSuite;
import org.minyi.platform.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application's API types are generated from the OpenAPI snapshots in {@code web/openapi/}; this keeps the
 * snapshots equal to what the running suite publishes, so the screens cannot drift from the API. After an API change:
 * {@code cd web && npm run openapi:pull} against a running suite, or run this test with {@code -Dminyi.openapi.update=true}.
 */
@ExtendWith(RunningSuite.class)
class OpenApiSnapshotTest {

    private static final Map<String, String> DOCUMENTS = Map.of(
            "gateway.json", "/v3/api-docs",
            "deputy-service.json", "/v3/api-docs/deputy-service",
            "proposal-service.json", "/v3/api-docs/proposal-service",
            "petition-service.json", "/v3/api-docs/petition-service",
            "reporting-service.json", "/v3/api-docs/reporting-service");

    @Test
    void theWebApplicationsSnapshotsAreTheSuitesDocuments() throws Exception {
        Path home = Path.of(System.getProperty("minyi.home", "..")).toAbsolutePath().normalize();
        String base = RunningSuite.suite().settings().gatewayUrl();
        if (Boolean.getBoolean("minyi.openapi.update")) {
            Process pull = new ProcessBuilder("node", "scripts/pull-openapi.mjs", base)
                    .directory(home.resolve("web").toFile()).inheritIO().start();
            assertThat(pull.waitFor()).isZero();
        }
        JsonMapper json = JsonMapper.builder().build();
        ApiClient api = new ApiClient(base);
        for (var document : DOCUMENTS.entrySet()) {
            ApiClient.Response live = api.get(document.getValue(), null);
            assertThat(live.status()).as(document.getValue()).isEqualTo(200);
            JsonNode served = live.json();
            ((ObjectNode) served).remove("servers");
            JsonNode snapshot = json.readTree(Files.readString(home.resolve("web/openapi").resolve(document.getKey())));
            assertThat(snapshot).as("web/openapi/%s equals %s (cd web && npm run openapi:pull)", document.getKey(),
                    document.getValue()).isEqualTo(served);
        }
    }
}
