package org.minyi.petition;

import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** petition-service publishes its OpenAPI document without a token: its endpoints, bearer-protected. */
@ServiceApiTest(topics = Topics.PETITION_EVENTS)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentDescribesThePetitionEndpointsBehindTheBearerScheme() {
        var response = new ApiClient("http://localhost:" + port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.path("info").path("title").asString()).isEqualTo("Minyi petition-service API");

        JsonNode scheme = document.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").get(0).has("bearerAuth")).isTrue();

        JsonNode receive = document.path("paths").path("/api/petitions").path("post");
        assertThat(receive.isMissingNode()).isFalse();
        assertThat(receive.path("summary").asString()).contains("接收信访件", "Receive a petition");
        assertThat(receive.path("responses").has("201")).isTrue();
        assertThat(receive.path("responses").path("400").path("$ref").asString()).isEqualTo("#/components/responses/BadRequest");
        JsonNode read = document.path("paths").path("/api/petitions/{id}").path("get");
        assertThat(read.isMissingNode()).isFalse();
        assertThat(read.path("responses").path("404").path("$ref").asString()).isEqualTo("#/components/responses/NotFound");
        List<String> listParameters = new java.util.ArrayList<>();
        document.path("paths").path("/api/petitions").path("get").path("parameters")
                .forEach(p -> listParameters.add(p.path("name").asString()));
        assertThat(listParameters).containsExactlyInAnyOrder("townshipCode", "state", "unitCode", "overdue", "category",
                "from", "to", "channel", "dueBefore", "flag", "instructed", "owner", "sort", "page", "size");
        document.path("paths").path("/api/petitions").path("get").path("parameters").forEach(p -> {
            if (p.path("name").asString().equals("sort")) {
                List<String> values = new java.util.ArrayList<>();
                p.path("schema").path("enum").forEach(v -> values.add(v.asString()));
                assertThat(values).containsExactly("deadline", "-deadline", "receivedOn", "-receivedOn");
            }
        });
        for (String step : new String[]{"register", "instructions", "ownership", "appointments", "assign", "transfer",
                "not-accept", "supervision", "extension", "complete", "answer", "return-visit", "review-request", "archive"}) {
            JsonNode operation = document.path("paths").path("/api/petitions/{id}/" + step).path("post");
            assertThat(operation.isMissingNode()).as(step).isFalse();
            assertThat(operation.path("responses").has("200")).as(step).isTrue();
            assertThat(operation.path("responses").path("409").path("content").has("application/problem+json")).as(step).isTrue();
            assertThat(operation.path("responses").has("412")).as(step).isTrue();
            assertThat(operation.path("responses").has("422")).as(step).isTrue();
            List<String> parameters = new java.util.ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(p.path("name").asString()));
            assertThat(parameters).as(step).containsExactlyInAnyOrder("id", "If-Match");
        }
        // The caller's authentication is not a parameter a client sends.
        read.path("parameters").forEach(p -> assertThat(p.path("name").asString()).isEqualTo("id"));

        // The API only: no actuator endpoints.
        document.path("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
    }
}
