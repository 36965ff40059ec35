package org.minyi.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code minyi.auth.*}: where the signing key is kept, how long tokens live, and the client accounts
 * of the deployment (besides the demo accounts when {@code MINYI_DEMO} is on).
 */
@ConfigurationProperties("minyi.auth")
public record AuthProperties(Path keyFile, Duration tokenTtl, List<ClientAccount> clients) {

    public AuthProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        clients = clients == null ? List.of() : List.copyOf(clients);
    }
}
