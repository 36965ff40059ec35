package org.minyi.gateway.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Every issued token leaves a row in {@code oauth2_authorization}; once all its codes and tokens have
 * expired it is of no use. Deleted hourly, an hour after the last of them expired.
 */
@Component
public class AuthorizationCleanup {

    static final Duration GRACE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(AuthorizationCleanup.class);

    private final JdbcClient jdbc;

    public AuthorizationCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    public void scheduled() {
        int deleted = deleteExpired(Instant.now());
        if (deleted > 0) {
            log.info("Deleted {} expired authorizations", deleted);
        }
    }

    /** Deletes the authorizations whose every code and token expired before {@code now - GRACE}. */
    public int deleteExpired(Instant now) {
        // GREATEST ignores NULLs: a row counts from the latest expiry it has.
        return jdbc.sql("""
                        DELETE FROM oauth2_authorization
                        WHERE GREATEST(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at,
                                       oidc_id_token_expires_at, user_code_expires_at, device_code_expires_at) < :before""")
                .param("before", Timestamp.from(now.minus(GRACE)))
                .update();
    }
}
