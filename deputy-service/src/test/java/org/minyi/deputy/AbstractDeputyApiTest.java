package org.minyi.deputy;

import org.junit.jupiter.api.BeforeEach;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's API over real HTTP. Every subclass shares one application context, so one database and
 * one broker: a test counts what it created itself (its own ids, a difference in a count), never whole tables.
 */
@ServiceApiTest(topics = Topics.DEPUTY_EVENTS)
public abstract class AbstractDeputyApiTest {

    protected static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private EmbeddedKafkaBroker broker;

    /**
     * PublishedEvents reads the broker the system property names, which is the broker started last; another
     * context (DeputyServiceStartsTest's) may have started one since this context was cached.
     */
    @BeforeEach
    void readThisContextsBroker() {
        System.setProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, broker.getBrokersAsString());
    }

    protected ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
