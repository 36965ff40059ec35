package org.minyi.reporting;

import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** reporting-service publishes its OpenAPI document without a token: its reports, bearer-protected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(topics = {Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS}, partitions = 1)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reporting_openapi");
    }

    @Test
    void theDocumentDescribesThePetitionRatesBehindTheBearerScheme() {
        var response = new ApiClient("http://localhost:" + port).get("/v3/api-docs", null);
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
