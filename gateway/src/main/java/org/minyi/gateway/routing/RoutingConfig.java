package org.minyi.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.URI;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

/**
 * Routes each API area to the service that owns it. The caller's token is passed on unchanged:
 * every service verifies it again.
 */
@Configuration
public class RoutingConfig {

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(ServiceRoutes services) {
        return to("deputy-service", services.deputy(),
                "/api/deputies", "/api/deputies/**", "/api/deputy-groups", "/api/deputy-groups/**",
                "/api/duty-activities", "/api/duty-activities/**")
                .and(to("proposal-service", services.proposal(), "/api/proposals", "/api/proposals/**"))
                .and(to("petition-service", services.petition(), "/api/petitions", "/api/petitions/**"))
                .and(to("reporting-service", services.reporting(), "/api/reports/**", "/api/audit", "/api/audit/**"));
    }

    private static RouterFunction<ServerResponse> to(String id, URI target, String... paths) {
        return route(id).route(path(paths), http()).before(uri(target)).build();
    }
}
