package org.minyi.local.fuzz;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The operations of one service's OpenAPI document, with their parameters and request body schema. */
final class OpenApi {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApi() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String service, String method, String path, String operationId, List<Parameter> parameters,
                     JsonNode bodySchema, String bodyMediaType, JsonNode successSchema, JsonNode document) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasHeader(String name) {
            return in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }

        /** Whether the operation may change anything: everything but a read. */
        boolean changesState() {
            return !method.equals("GET");
        }

        JsonNode resolve(JsonNode schema) {
            return OpenApi.resolve(document, schema);
        }
    }

    /** Every operation of the document, in path order, then method order. */
    static List<Operation> operations(String service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(path.getValue().path("parameters").values());
                declared.addAll(operation.path("parameters").values());
                for (JsonNode p : declared) {
                    JsonNode parameter = resolve(document, p);
                    if (parameter == null) {
                        continue;
                    }
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            parameter.path("required").asBoolean(false), resolve(document, parameter.path("schema"))));
                }
                JsonNode requestBody = resolve(document, operation.path("requestBody"));
                JsonNode content = requestBody == null ? Json.NODES.missingNode() : requestBody.path("content");
                String mediaType = null;
                JsonNode bodySchema = null;
                for (Map.Entry<String, JsonNode> c : content.properties()) {
                    if (mediaType == null || c.getKey().contains("json")) {
                        mediaType = c.getKey();
                        bodySchema = resolve(document, c.getValue().path("schema"));
                    }
                }
                JsonNode success = null;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("2") && success == null) {
                        JsonNode resolved = resolve(document, response.getValue());
                        for (JsonNode c : resolved == null ? List.<JsonNode>of() : resolved.path("content").values()) {
                            success = resolve(document, c.path("schema"));
                            break;
                        }
                    }
                }
                operations.add(new Operation(service, method.toUpperCase(), path.getKey(),
                        operation.path("operationId").asString(""), List.copyOf(parameters), bodySchema, mediaType,
                        success, document));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(o -> METHODS.indexOf(o.method().toLowerCase())));
        return operations;
    }

    /** The schema a {@code $ref} (or a one-element {@code allOf}) stands for; null when there is none. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 20 && s != null && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            s = target;
        }
        if (s != null && s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(document, s.get("allOf").get(0));
        }
        return s == null || s.isMissingNode() ? null : s;
    }

    /** The schema's type, {@code object} when it only has properties. */
    static String type(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        JsonNode declared = schema.path("type");
        String type = "";
        if (declared.isArray()) {
            for (JsonNode t : declared.values()) {
                if (!t.asString().equals("null")) {
                    type = t.asString();
                    break;
                }
            }
        } else {
            type = declared.asString("");
        }
        if (type.isEmpty() && schema.has("properties")) {
            return "object";
        }
        return type;
    }
}
