package org.minyi.proposal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts on a real PostgreSQL and Kafka with its event store, and guards its API with tokens. A
 * context of its own (it counts the whole event store), with a broker of its own: the broker's address goes into
 * the system property {@code spring.embedded.kafka.brokers} that the shared context's tests read their broker
 * from, so the address they had is put back when this class is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 1)
class ProposalServiceStartsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static final String BROKERS = "spring.embedded.kafka.brokers";
    private static String sharedBrokers;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "proposal");
    }

    @BeforeAll
    static void rememberTheSharedBroker() {
        sharedBrokers = System.getProperty(BROKERS);
    }

    @AfterAll
    static void restoreTheSharedBroker() {
        if (sharedBrokers != null) {
            System.setProperty(BROKERS, sharedBrokers);
        }
    }

    @Test
    void startsReadyWithItsEventStoreAndRefusesCallsWithoutAToken() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'minyi-kafka-publisher'")
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(api.get("/api/proposals", null).status()).isEqualTo(401);
        String admin = TestTokenIssuer.get().token("demo-admin", "COUNTY_ADMIN", List.of());
        assertThat(api.get("/api/proposals", admin).status()).isEqualTo(200);
    }

    @Test
    void itsOpenApiDocumentDescribesEveryProposalEndpoint() {
        var response = new ApiClient("http://localhost:" + port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
        for (String step : List.of("register", "reject", "convert", "assign", "consultations", "consultation-waiver",
                "replies", "evaluations", "implementation", "close", "supervision", "deferral", "escalation")) {
            JsonNode post = paths.path("/api/proposals/{id}/" + step).path("post");
            assertThat(post.isMissingNode()).as(step).isFalse();
            assertThat(post.path("summary").asString()).as(step).contains(" / ");
            assertThat(post.path("description").asString()).as(step).contains("If-Match");
        }
        assertThat(paths.path("/api/proposals").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/api/proposals").path("get").path("parameters").toString())
                .contains("congressCode", "state", "unitCode", "deputyId", "sessionId", "category", "overdue", "page", "size");
        assertThat(paths.path("/api/proposals/{id}").path("get").isMissingNode()).isFalse();
    }
}
