package org.minyi.deputy;

import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts on a real PostgreSQL and Kafka with its event store, and guards its API with tokens.
 * It counts whole tables, which must start empty: its context (no topics) is not the API tests' shared one.
 */
@ServiceApiTest
class DeputyServiceStartsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void startsReadyWithItsEventStoreAndRefusesCallsWithoutAToken() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'minyi-kafka-publisher'")
                .query(Long.class).single()).isEqualTo(1L);
        String unknown = "/api/deputies/" + UUID.randomUUID();
        assertThat(api.get(unknown, null).status()).isEqualTo(401);
        assertThat(api.get(unknown, Tokens.countyAdmin()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM deputy_view").query(Long.class).single()).isZero();
    }
}
