package org.minyi.local.fuzz;

import tools.jackson.databind.JsonNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as a mutation leaves it: method, path (its template and the values put in it, already URI-safe),
 * query (encoded), headers, body (a JSON tree, with raw fragments for what a tree cannot hold, or raw bytes) and
 * whose token it carries.
 */
final class FuzzRequest {

    enum Actor {
        /** The county office's client (demo-admin): may call every operation. */
        ADMIN,
        /** A township clerk of the fuzz township: the other township's items are foreign to it. */
        CLERK,
        /** A county leader, read-only: reads the probes, so that they do not spend the office's rate limit. */
        READER
    }

    private static final String RAW = "@@raw-fragment-";

    String method;
    final String template;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    String pathSuffix = "";
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    JsonNode body;
    byte[] rawBody;
    final Map<String, String> fragments = new LinkedHashMap<>();
    Charset charset = StandardCharsets.UTF_8;
    Actor actor = Actor.ADMIN;
    /** Aimed at the other township's item: that item's probe must not move. */
    boolean foreign;

    FuzzRequest(String method, String template) {
        this.method = method;
        this.template = template;
    }

    /** A path value; none (an item the setup could not make) becomes an id that names nothing. */
    FuzzRequest path(String name, String value) {
        pathValues.put(name, value == null ? java.util.UUID.randomUUID().toString() : value);
        return this;
    }

    FuzzRequest query(String name, String value) {
        query.add(new String[]{name, value});
        return this;
    }

    FuzzRequest json(JsonNode body) {
        this.body = body;
        headers.put("Content-Type", "application/json");
        return this;
    }

    FuzzRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A placeholder to put in the tree; the request sends {@code rawJson} in its place, as it is. */
    String raw(String rawJson) {
        String key = RAW + fragments.size() + "@@";
        fragments.put(key, rawJson);
        return key;
    }

    boolean hasBody() {
        return body != null || rawBody != null;
    }

    String pathAndQuery() {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder s = new StringBuilder(path).append(pathSuffix);
        for (int i = 0; i < query.size(); i++) {
            s.append(i == 0 ? '?' : '&').append(query.get(i)[0]).append('=').append(query.get(i)[1]);
        }
        return s.toString();
    }

    String bodyText() {
        if (rawBody != null) {
            return new String(rawBody, StandardCharsets.UTF_8);
        }
        if (body == null) {
            return null;
        }
        String text = Json.write(body);
        for (Map.Entry<String, String> fragment : fragments.entrySet()) {
            text = text.replace("\"" + fragment.getKey() + "\"", fragment.getValue());
        }
        return text;
    }

    byte[] bodyBytes() {
        if (rawBody != null) {
            return rawBody;
        }
        String text = bodyText();
        return text == null ? null : text.getBytes(charset);
    }

    /** For the report: the request line, the headers that matter, the token's owner and the body's start. */
    String describe(int maxBody) {
        StringBuilder s = new StringBuilder(method).append(' ').append(Json.excerpt(pathAndQuery(), 300));
        headers.forEach((name, value) -> s.append(" [").append(name).append(": ").append(Json.excerpt(value, 80)).append(']'));
        if (actor != Actor.ADMIN) {
            s.append(" [as ").append(actor.name().toLowerCase()).append(']');
        }
        if (hasBody()) {
            s.append(" body=").append(Json.excerpt(bodyText(), maxBody));
        }
        return s.toString();
    }
}
