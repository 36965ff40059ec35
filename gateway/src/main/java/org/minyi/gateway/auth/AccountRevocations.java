package org.minyi.gateway.auth;

import org.minyi.platform.security.RevokedSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The revoked subjects from the accounts' history: an account updated (disabled, given another role or
 * scope) or given a new secret loses every token issued before that moment. Only changes younger than the
 * longest token lifetime matter; older tokens have expired anyway. Read at most every few seconds, and
 * published at {@link RevokedSubjects#PATH} for the services, which poll it.
 */
@Component
@RestController
public class AccountRevocations implements RevokedSubjects {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();
    private volatile Map<String, Instant> cached = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    public AccountRevocations(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        Duration longest = properties.tokenTtl().compareTo(properties.dashboard().accessTokenTtl()) > 0
                ? properties.tokenTtl() : properties.dashboard().accessTokenTtl();
        this.window = longest.plusMinutes(1);
    }

    @Override
    public Optional<Instant> revokedSince(String subjectHash) {
        return Optional.ofNullable(current().get(subjectHash));
    }

    public record Revoked(String subject, Instant since) {
    }

    public record RevokedList(List<Revoked> revoked) {
    }

    @GetMapping(RevokedSubjects.PATH)
    public RevokedList list() {
        return new RevokedList(current().entrySet().stream().map(e -> new Revoked(e.getKey(), e.getValue())).toList());
    }

    private Map<String, Instant> current() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            Map<String, Instant> next = new HashMap<>();
            jdbc.sql("""
                            SELECT username, max(changed_at) AS since FROM account_change
                            WHERE change IN ('UPDATED', 'SECRET_SET') AND changed_at > :from GROUP BY username""")
                    .param("from", Timestamp.from(now.minus(window)))
                    .query((rs, n) -> next.put(RevokedSubjects.hash(rs.getString("username")),
                            rs.getTimestamp("since").toInstant()))
                    .list();
            cached = Map.copyOf(next);
            readAt = now;
        }
        return cached;
    }
}
