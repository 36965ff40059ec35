package org.minyi.reporting;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** reporting-service publishes its OpenAPI document without a token: its reports, bearer-protected. */
class OpenApiDocumentTest extends ReportingApiTest {

    @Test
    void theDocumentDescribesThePetitionRatesBehindTheBearerScheme() {
        var response = api().get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.path("info").path("title").asString()).isEqualTo("Minyi reporting-service API");
        assertThat(document.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("security").get(0).has("bearerAuth")).isTrue();

        JsonNode rates = document.path("paths").path("/api/reports/petitions/rates").path("get");
        assertThat(rates.isMissingNode()).isFalse();
        List<String> parameters = new ArrayList<>();
        rates.path("parameters").forEach(p -> parameters.add(p.path("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("townshipCode", "from", "to", "asOf", "groupBy");
        assertThat(rates.path("responses").path("401").path("$ref").asString())
                .isEqualTo("#/components/responses/Unauthenticated");

        document.path("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
    }
}
