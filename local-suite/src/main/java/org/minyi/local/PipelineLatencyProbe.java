package org.minyi.local;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Measures, against a running suite, the time from {@code POST /api/petitions} to the petition being
 * counted in {@code GET /api/reports/petitions/rates}, one petition at a time, and prints p50/p99.
 * Usage: {@code java -cp <local-suite classpath> org.minyi.local.PipelineLatencyProbe [gatewayUrl] [count] [townshipCode] [reportUrl]}.
 * The report is polled every 2 ms; give reporting-service's own address as {@code reportUrl} so the
 * polling does not run into the gateway's per-client rate limit.
 */
public final class PipelineLatencyProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PipelineLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String township = args.length > 2 ? args[2] : "339901107";
        String reports = args.length > 3 ? args[3] : gateway;
        String token = token(gateway);
        String body = """
                {"channel":"PHONE","receivedOn":"%s","townshipCode":"%s","petitioners":[{"name":"测量"}],"subject":"时延测量"}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")), township);

        long before = received(reports, token, township);
        List<Double> endToEnd = new ArrayList<>();
        List<Double> commands = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/petitions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + created.statusCode() + ": " + created.body());
            }
            commands.add((System.nanoTime() - start) / 1e6);
            while (received(reports, token, township) < before + i) {
                Thread.sleep(2);
            }
            endToEnd.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf("pipeline POST-to-report latency over %d petitions: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                count, percentile(endToEnd, 50), percentile(endToEnd, 99), Collections.max(endToEnd));
        System.out.printf("POST /api/petitions latency: p50 %.1f ms, p99 %.1f ms%n",
                percentile(commands, 50), percentile(commands, 99));
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long received(String gateway, String token, String township) throws IOException, InterruptedException {
        HttpResponse<String> report = HTTP.send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/reports/petitions/rates?townshipCode=" + township))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(report.body()).path("counts").path("received").asLong();
    }

    private static String token(String gateway) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("demo-admin:demo-admin-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asString();
    }
}
