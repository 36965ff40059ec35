package org.minyi.simulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public API as the simulator sees it: the gateway, a client-credentials token (renewed before it
 * expires) and JSON. Retries what a client should retry — 429 after {@code Retry-After}, 502/503/504 and
 * broken connections with a short backoff — and hands every other answer back to the caller.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** One HTTP answer: status and the parsed body (a null node when there is none). */
    public record Response(int status, JsonNode body, long nanos) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A short description for error reports; the problem's English detail only, never a request body. */
        public String problem() {
            String detail = body.path("detailEn").asString(body.path("detail").asString(""));
            String errors = body.path("errors").isMissingNode() ? "" : " " + body.path("errors");
            return status + " " + body.path("titleEn").asString(body.path("title").asString("")) + ": " + detail + errors;
        }
    }

    private final HttpClient http;
    private final String gateway;
    private final String clientId;
    private final String secret;
    private volatile String token;
    private volatile long tokenExpiresAt;

    public Api(String gateway, String clientId, String secret) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.clientId = clientId;
        this.secret = secret;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String gateway() {
        return gateway;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public static String query(Map<String, ?> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private Response send(String method, String path, Object body) {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token())
                        .header("Accept", "application/json");
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                long nanos = System.nanoTime() - start;
                int status = response.statusCode();
                if (status == 429 && attempt < 200) {
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    sleep(Math.max(200, wait * 1000));
                    continue;
                }
                if (status == 401 && attempt < 3) {
                    tokenExpiresAt = 0; // renewed on the next attempt
                    continue;
                }
                if ((status == 502 || status == 503 || status == 504) && attempt < 8) {
                    sleep(250L * attempt);
                    continue;
                }
                byte[] bytes = response.body();
                JsonNode json = bytes.length == 0 ? NullNode.getInstance() : parse(bytes);
                return new Response(status, json, nanos);
            } catch (IOException e) {
                if (attempt >= 8) {
                    throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
                }
                sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (RuntimeException e) {
            return NullNode.getInstance();
        }
    }

    private String token() throws IOException, InterruptedException {
        if (token != null && System.currentTimeMillis() < tokenExpiresAt) {
            return token;
        }
        synchronized (this) {
            if (token != null && System.currentTimeMillis() < tokenExpiresAt) {
                return token;
            }
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode json = JSON.readTree(response.body());
                    token = json.path("access_token").asString();
                    long seconds = json.path("expires_in").asLong(300);
                    // Renew a minute early so no request goes out with a token about to expire.
                    tokenExpiresAt = System.currentTimeMillis() + Math.max(30, seconds - 60) * 1000;
                    return token;
                }
                if (attempt >= 30) {
                    throw new IllegalStateException("No token for " + clientId + ": HTTP " + response.statusCode());
                }
                sleep(response.statusCode() == 429 ? 1000 : 500);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
