package org.minyi.reporting;

import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of reporting-service's API tests: the service on a random port, its own database and broker, fed as the
 * write services would feed it ({@link #newFeed()}) and read over HTTP. The classes share one application context,
 * and so one database: each counts only what it sent itself (its own townships, years and ids). A class whose
 * assertions count whole tables or the whole county names a context of its own with {@link #OWN_CONTEXT}.
 */
// Every consumed topic exists from the start, as on a running system. With the audit topic missing at start, the
// existing topics were left at the broker's retention here (RebuildTest.theTopicsKeepEveryEventForever failed).
@ServiceApiTest(topics = {Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS, Topics.AUDIT_RECORDS})
public abstract class ReportingApiTest {

    /**
     * A property that only keys an application context (and database) of its own:
     * {@code @TestPropertySource(properties = OWN_CONTEXT + "=<name>")}; classes giving the same name share it.
     */
    public static final String OWN_CONTEXT = "minyi.test.own-context";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private EmbeddedKafkaBroker broker;

    /** A producer onto this context's broker; close it (try-with-resources) after {@link EventFeed#awaitApplied}. */
    protected EventFeed newFeed() {
        return new EventFeed(jdbc, broker.getBrokersAsString());
    }

    protected ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    /** {@code GET path} as a dashboard viewer, which must answer 200. */
    protected JsonNode read(String path) {
        ApiClient.Response response = api().get(path, Tokens.viewer());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** {@code GET path} as a dashboard viewer asking for a file ({@code text/csv} or the Excel media type). */
    protected HttpResponse<byte[]> download(String path, String accept) {
        try {
            return HttpClient.newHttpClient().send(api().request(path, Tokens.viewer()).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the rebuild as the county office ({@code POST /api/reports/rebuild}, 202) and waits until the replay
     * has caught up (lag 0) and applied as many events as were applied before it.
     */
    protected void rebuildAndWait() {
        long consumed = consumedEvents();
        String admin = Tokens.countyAdmin();
        ApiClient.Response started = api().post("/api/reports/rebuild", admin, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/reports/rebuild", admin).json().path("lag").asLong() == 0 && consumedEvents() == consumed);
    }

    protected long consumedEvents() {
        return jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single();
    }

    /** The rows of each table as text, order-independent: two snapshots are equal when the tables hold the same rows. */
    protected Map<String, TreeSet<String>> snapshot(Collection<String> tables) {
        Map<String, TreeSet<String>> snapshot = new TreeMap<>();
        for (String table : tables) {
            snapshot.put(table, new TreeSet<>(jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                    .map(row -> new TreeMap<>(row).toString()).toList()));
        }
        return snapshot;
    }
}
