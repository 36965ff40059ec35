package org.minyi.local.fuzz;

import org.minyi.local.fuzz.FuzzRequest.Actor;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sends requests through the gateway with the actor's token: a 429 of the gateway's rate limit is waited out and
 * sent again (it says nothing of the request), an expired token is renewed once. What comes back is the status,
 * the body and, for a 5xx, the correlation id the platform gives it; no answer at all is status -1.
 */
final class Sender {

    record Answer(int status, String body, String correlationId, long millis, String error) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean refused() {
            return status >= 400 && status < 500;
        }

        boolean serverError() {
            return status >= 500 || status < 0;
        }

        JsonNode json() {
            try {
                return Json.read(body);
            } catch (RuntimeException e) {
                return Json.NODES.missingNode();
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<Actor, String[]> credentials = new EnumMap<>(Actor.class);
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private int rateLimited;

    Sender(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void credentials(Actor actor, String client, String secret) {
        credentials.put(actor, new String[]{client, secret});
        tokens.remove(actor);
    }

    int rateLimitedRetries() {
        return rateLimited;
    }

    Answer send(FuzzRequest request) {
        Answer answer = attempt(request);
        if (answer.status() == 401 && tokens.containsKey(request.actor)) {
            tokens.remove(request.actor);
            answer = attempt(request);
        }
        return answer;
    }

    /** A JSON request built by hand (setup and probes). */
    Answer call(Actor actor, String method, String path, String json) {
        FuzzRequest request = new FuzzRequest(method, path);
        request.actor = actor;
        if (json != null) {
            request.json(Json.read(json));
        }
        return send(request);
    }

    private Answer attempt(FuzzRequest request) {
        for (int retry = 0; ; retry++) {
            long started = System.nanoTime();
            HttpRequest built;
            try {
                built = build(request);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return new Answer(-2, "", null, 0, "unsendable: " + e.getMessage());
            }
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (response.statusCode() == 429 && retry < 30) {
                    rateLimited++;
                    long wait = response.headers().firstValue("Retry-After").map(Sender::seconds).orElse(1L);
                    sleep(Math.min(5_000, Math.max(200, wait * 1000)));
                    continue;
                }
                String body = response.body();
                String correlationId = null;
                if (response.statusCode() >= 500) {
                    try {
                        JsonNode problem = Json.read(body);
                        correlationId = problem.path("correlationId").asString(null);
                    } catch (RuntimeException e) {
                        correlationId = null;
                    }
                }
                return new Answer(response.statusCode(), body, correlationId, millis, null);
            } catch (IOException e) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                return new Answer(-1, "", null, millis, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private HttpRequest build(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(20));
        String token = token(request.actor);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        request.headers.forEach(builder::header);
        byte[] body = request.bodyBytes();
        builder.method(request.method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return builder.build();
    }

    private String token(Actor actor) {
        String[] credential = credentials.get(actor);
        if (credential == null) {
            return null;
        }
        String token = tokens.get(actor);
        if (token != null) {
            return token;
        }
        for (int retry = 0; retry < 30; retry++) {
            String basic = Base64.getEncoder().encodeToString((credential[0] + ":" + credential[1]).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token")).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429) {
                    sleep(1_000);
                    continue;
                }
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("No token for " + credential[0] + ": " + response.statusCode() + " " + response.body());
                }
                token = Json.read(response.body()).path("access_token").asString();
                tokens.put(actor, token);
                return token;
            } catch (IOException e) {
                throw new IllegalStateException("No token for " + credential[0], e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No token for " + credential[0] + ": rate limited");
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
