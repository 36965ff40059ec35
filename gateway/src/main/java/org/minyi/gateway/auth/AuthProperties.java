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
public record AuthProperties(Path keyFile, Duration tokenTtl, Dashboard dashboard) {

    public AuthProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        dashboard = dashboard == null ? new Dashboard(null, null, null, null) : dashboard;
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
