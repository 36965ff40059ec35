package org.minyi.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

/**
 * {@code GET /v3/api-docs/<service>} answers with that service's own OpenAPI document (its
 * {@code /v3/api-docs}), so the gateway's one Swagger UI can list every service. The gateway's own
 * document stays at {@code /v3/api-docs}. Public, like the documents themselves: they hold no data.
 */
@Configuration
public class ApiDocsRoutes {

    /** Path under which each service's document is served; the Swagger UI's list uses the same names. */
    public static final String PREFIX = "/v3/api-docs/";

    @Bean
    RouterFunction<ServerResponse> serviceApiDocs(ServiceRoutes services) {
        RouterFunction<ServerResponse> routes = null;
        for (var service : services(services).entrySet()) {
            RouterFunction<ServerResponse> one = route("api-docs-" + service.getKey())
                    .GET(PREFIX + service.getKey(), http())
                    .before(uri(service.getValue()))
                    .before(setPath("/v3/api-docs"))
                    .build();
            routes = routes == null ? one : routes.and(one);
        }
        return routes;
    }

    /** Each service's name (its {@code spring.application.name}) and base URL. */
    static Map<String, URI> services(ServiceRoutes services) {
        Map<String, URI> byName = new LinkedHashMap<>();
        byName.put("deputy-service", services.deputy());
        byName.put("proposal-service", services.proposal());
        byName.put("petition-service", services.petition());
        byName.put("reporting-service", services.reporting());
        return byName;
    }
}
