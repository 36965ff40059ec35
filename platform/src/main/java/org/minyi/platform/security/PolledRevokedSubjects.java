package org.minyi.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A service's copy of the gateway's revoked subjects, fetched every {@code interval}. When the gateway
 * cannot be reached the last list stays in force; a service starting while the gateway is down has none
 * until it answers, which leaves only the tokens' own expiry.
 */
public class PolledRevokedSubjects implements RevokedSubjects, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PolledRevokedSubjects.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI uri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "minyi-revoked-subjects");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, Instant> revoked = Map.of();

    public PolledRevokedSubjects(URI uri, Duration interval) {
        this.uri = uri;
        timer.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<Instant> revokedSince(String subjectHash) {
        return Optional.ofNullable(revoked.get(subjectHash));
    }

    void refresh() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.debug("Revoked subjects: HTTP {} from the gateway", response.statusCode());
                return;
            }
            Map<String, Instant> next = new HashMap<>();
            for (JsonNode entry : JSON.readTree(response.body()).path("revoked")) {
                next.put(entry.path("subject").asString(), Instant.parse(entry.path("since").asString()));
            }
            revoked = Map.copyOf(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Revoked subjects not refreshed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
