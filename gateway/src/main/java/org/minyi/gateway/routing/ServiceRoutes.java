package org.minyi.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/** {@code minyi.gateway.services.*}: where each service listens. */
@ConfigurationProperties("minyi.gateway.services")
public record ServiceRoutes(URI deputy, URI proposal, URI petition, URI reporting) {
}
