package org.minyi.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code minyi.auth.*}: where the signing key is kept, how long tokens live, and the browser dashboard's
 * OAuth2 client. The accounts themselves are in the gateway's database (see the account package).
 */
@ConfigurationProperties("minyi.auth")
public record AuthProperties(Path keyFile, Duration tokenTtl, Dashboard dashboard, Lockout lockout) {

    public AuthProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        dashboard = dashboard == null ? new Dashboard(null, null, null, null) : dashboard;
        lockout = lockout == null ? new Lockout(0, null, null) : lockout;
    }

    /**
     * Locking a person out after wrong passwords ({@code minyi.auth.lockout.*}): after {@code threshold}
     * failures in a row (default 5) for {@code first} (1 minute), doubling with each further failure up to
     * {@code longest} (24 hours). Ten guesses then cost about 30 minutes, twenty about a day: a few dozen a
     * day instead of the thousands an hour the rate limit alone allows.
     */
    public record Lockout(int threshold, Duration first, Duration longest) {

        public Lockout {
            threshold = threshold <= 0 ? 5 : threshold;
            first = first == null ? Duration.ofMinutes(1) : first;
            longest = longest == null ? Duration.ofHours(24) : longest;
        }

        /** How long the {@code failures}-th failure in a row locks the account; zero below the threshold. */
        public Duration lockFor(int failures) {
            if (failures < threshold) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - threshold, 30);
            Duration lock = first.multipliedBy(1L << doublings);
            return lock.compareTo(longest) > 0 ? longest : lock;
        }
    }

    /**
     * The browser dashboard (the web application), a public client:
     * <ul>
     *   <li>{@code redirect-uris}: where it may receive its authorization code besides the gateway's own
     *       {@code /app/callback} (exact match, as OAuth 2.1 requires), e.g. a development server;</li>
     *   <li>{@code access-token-ttl}: short (10 minutes), so a disabled account or a changed role takes effect soon;</li>
     *   <li>{@code session}: how long a sign-in lasts through refresh tokens, a working day (10 hours) from the
     *       sign-in, however often the tokens are refreshed;</li>
     *   <li>{@code screen-session}: the same for VIEWER people, the wall screens (7 days).</li>
     * </ul>
     */
    public record Dashboard(List<String> redirectUris, Duration accessTokenTtl, Duration session, Duration screenSession) {

        public static final List<String> DEFAULT_REDIRECT_URIS =
                List.of("http://localhost:5173/callback", "http://localhost:5173/app/callback");

        public Dashboard {
            redirectUris = redirectUris == null || redirectUris.isEmpty() ? DEFAULT_REDIRECT_URIS
                    : List.copyOf(redirectUris);
            accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(10) : accessTokenTtl;
            session = session == null ? Duration.ofHours(10) : session;
            screenSession = screenSession == null ? Duration.ofDays(7) : screenSession;
        }
    }
}
