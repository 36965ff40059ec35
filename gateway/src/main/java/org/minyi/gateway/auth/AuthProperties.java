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
        dashboard = dashboard == null ? new Dashboard(null) : dashboard;
    }

    /**
     * {@code minyi.auth.dashboard.redirect-uris}: where the dashboard may receive its authorization code
     * (exact match, as OAuth 2.1 requires).
     */
    public record Dashboard(List<String> redirectUris) {

        public static final String DEFAULT_REDIRECT_URI = "http://localhost:5173/callback";

        public Dashboard {
            redirectUris = redirectUris == null || redirectUris.isEmpty() ? List.of(DEFAULT_REDIRECT_URI)
                    : List.copyOf(redirectUris);
        }
    }
}
