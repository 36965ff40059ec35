package org.minyi.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

/**
 * Benchmark against a running suite: sequential creates per write service through the gateway (each one an Axon
 * command appending an event, a view update in the same transaction, then published), beside a baseline in the
 * same run of single-row autocommit inserts into the same PostgreSQL. Prints {@code name: value unit} lines.
 * Usage: {@code java -cp <local-suite classpath> org.minyi.local.CommandThroughputProbe gatewayUrl pgPort [count]}.
 */
public final class CommandThroughputProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOWNSHIP = "339901107";

    private CommandThroughputProbe() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        int pgPort = Integer.parseInt(args[1]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String token = token(gateway);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        double raw = rawInserts(pgPort, count);
        System.out.printf("command.baseline_raw_insert: %.0f rows/s%n", raw);

        String deputy = null;
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            JsonNode created = post(gateway, token, "/api/deputies", """
                    {"name":"测%d","gender":"MALE","birthDate":"1970-01-01","party":"CPC","occupation":"FARMER",
                     "townshipCode":"%s","mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":19,"electedOn":"2021-12-20"}]}"""
                    .formatted(i, TOWNSHIP, TOWNSHIP), 201);
            deputy = created.path("id").asString();
        }
        report("deputy", count, t0, raw);

        t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            post(gateway, token, "/api/petitions", """
                    {"channel":"PHONE","receivedOn":"%s","townshipCode":"%s","petitioners":[{"name":"测量"}],"subject":"吞吐测量"}"""
                    .formatted(today, TOWNSHIP), 201);
        }
        report("petition", count, t0, raw);

        // proposal-service learns the deputy from Kafka: wait until it may submit, then measure.
        String proposal = """
                {"kind":"SUGGESTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","coSignerIds":[],
                 "title":"吞吐测量","content":"吞吐测量","category":"OTHER"}""".formatted(TOWNSHIP, today, deputy);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (send(gateway, token, "/api/proposals", proposal).statusCode() != 201) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("proposal-service did not learn the deputy within 120 s");
            }
            Thread.sleep(200);
        }
        t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            post(gateway, token, "/api/proposals", proposal, 201);
        }
        report("proposal", count, t0, raw);
    }

    private static void report(String service, int count, long startNanos, double raw) {
        double perSecond = count / ((System.nanoTime() - startNanos) / 1e9);
        System.out.printf("command.%s_create: %.1f commands/s%n", service, perSecond);
        System.out.printf("command.%s_create_vs_raw_insert: %.3f ratio%n", service, perSecond / raw);
    }

    /** The baseline: the same number of single-row autocommit inserts, one at a time, into the suite's PostgreSQL. */
    private static double rawInserts(int pgPort, int count) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", credentials)) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_raw_insert (id uuid PRIMARY KEY, payload jsonb)");
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_raw_insert VALUES (?, ?::jsonb)")) {
                for (int i = 0; i < count; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "{\"channel\":\"PHONE\",\"townshipCode\":\"" + TOWNSHIP + "\"}");
                    insert.executeUpdate();
                }
            }
            double perSecond = count / ((System.nanoTime() - t0) / 1e9);
            c.createStatement().execute("DROP TABLE bench_raw_insert");
            return perSecond;
        }
    }

    private static JsonNode post(String gateway, String token, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = send(gateway, token, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String gateway, String token, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String gateway) throws Exception {
        String basic = Base64.getEncoder().encodeToString("demo-admin:demo-admin-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asString();
    }
}
