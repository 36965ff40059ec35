package org.minyi.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What authentication adds at the gateway: the same kind of call answered by the gateway itself, with a
 * bearer token to verify ({@code GET /api/county}) and, as the baseline in the same run, without
 * ({@code GET /actuator/info}); sequential calls after a warm-up, p50 and p99 of each.
 * Run against a suite started with {@code MINYI_GATEWAY_RATE_LIMIT_ENABLED=false} so the limiter stays out of it.
 * Usage: {@code java -cp <local-suite classpath> org.minyi.local.GatewayAuthLatencyProbe [gatewayUrl] [calls]}.
 */
public final class GatewayAuthLatencyProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GatewayAuthLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String basic = Base64.getEncoder().encodeToString("demo-viewer:demo-viewer-secret".getBytes(StandardCharsets.UTF_8));
        String tokenResponse = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = tokenResponse.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        HttpRequest withAuth = HttpRequest.newBuilder(URI.create(gateway + "/api/county"))
                .header("Authorization", "Bearer " + token).build();
        HttpRequest withoutAuth = HttpRequest.newBuilder(URI.create(gateway + "/actuator/info")).build();
        measure(withAuth, calls / 4);
        measure(withoutAuth, calls / 4);
        // Interleave in blocks so drift of the machine affects both alike.
        List<Double> auth = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int block = 0; block < 10; block++) {
            auth.addAll(measure(withAuth, calls / 10));
            baseline.addAll(measure(withoutAuth, calls / 10));
        }
        double p50 = PipelineLatencyProbe.percentile(auth, 50);
        double p99 = PipelineLatencyProbe.percentile(auth, 99);
        double b50 = PipelineLatencyProbe.percentile(baseline, 50);
        double b99 = PipelineLatencyProbe.percentile(baseline, 99);
        System.out.printf("gateway GET /api/county with token: p50 %.3f ms, p99 %.3f ms (%d calls)%n", p50, p99, auth.size());
        System.out.printf("gateway GET /actuator/info without token (baseline): p50 %.3f ms, p99 %.3f ms (%d calls)%n",
                b50, b99, baseline.size());
        System.out.printf("added by authentication: p50 %.3f ms, p99 %.3f ms%n", p50 - b50, p99 - b99);
    }

    private static List<Double> measure(HttpRequest request, int calls) throws Exception {
        List<Double> millis = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            millis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
        }
        return millis;
    }
}
