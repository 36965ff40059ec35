package org.minyi.gateway.routing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway is healthy only when every service behind it is ready: its readiness probe
 * answers 200. Each service's state is shown in the details.
 */
@Component("services")
public class ServicesHealthIndicator implements HealthIndicator {

    private final Map<String, URI> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServicesHealthIndicator(ServiceRoutes routes) {
        services.put("deputy-service", routes.deputy());
        services.put("proposal-service", routes.proposal());
        services.put("petition-service", routes.petition());
        services.put("reporting-service", routes.reporting());
    }

    @Override
    public Health health() {
        Map<String, String> states = new LinkedHashMap<>();
        boolean allUp = true;
        for (var service : services.entrySet()) {
            String state = probe(service.getValue());
            states.put(service.getKey(), state);
            allUp &= state.equals("UP");
        }
        return (allUp ? Health.up() : Health.down()).withDetails(states).build();
    }

    private String probe(URI base) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")";
        } catch (java.io.IOException e) {
            return "UNREACHABLE";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "UNKNOWN";
        }
    }
}
