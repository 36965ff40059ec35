package org.minyi.local.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** JSON trees addressed by paths of property names and array indexes, as the mutations edit them. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The node at the path, or null when some step of it is not there. */
    static JsonNode get(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer i ? (node.isArray() && i < node.size() ? node.get(i) : null)
                    : (node.isObject() ? node.get((String) step) : null);
        }
        return node;
    }

    /** Sets the value at the path, making the objects and arrays on the way when they are missing. */
    static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object nextStep = path.get(i + 1);
            JsonNode child = child(parent, step);
            if (child == null || !(child.isObject() || child.isArray())
                    || (nextStep instanceof Integer) != child.isArray()) {
                child = nextStep instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                put(parent, step, child);
            }
            parent = child;
        }
        put(parent, path.get(path.size() - 1), value);
    }

    static void remove(JsonNode root, List<Object> path) {
        JsonNode parent = get(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o && last instanceof String name) {
            o.remove(name);
        } else if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size()) {
            a.remove(i);
        }
    }

    private static JsonNode child(JsonNode parent, Object step) {
        if (step instanceof Integer i) {
            return parent.isArray() && i < parent.size() ? parent.get(i) : null;
        }
        return parent.get((String) step);
    }

    private static void put(JsonNode parent, Object step, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set((String) step, value);
        } else if (parent instanceof ArrayNode a) {
            int i = (Integer) step;
            while (a.size() < i) {
                a.add(NODES.nullNode());
            }
            if (i < a.size()) {
                a.set(i, value);
            } else {
                a.add(value);
            }
        }
    }

    /** {@code petitioners[0].phone} for the path {@code [petitioners, 0, phone]}. */
    static String pathText(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                s.append('[').append(i).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(step);
            }
        }
        return s.length() == 0 ? "(body)" : s.toString();
    }

    /**
     * A JSON string literal with every character outside printable ASCII written as a {@code \}{@code uXXXX}
     * escape: lone surrogates and NUL travel as the JSON text says, not as an encoder would repair them.
     */
    static String escapedLiteral(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** For the report: the text cut to {@code max} characters, control characters shown as escapes. */
    static String excerpt(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < s.length() && out.length() < max; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || (c >= 0x202a && c <= 0x202e)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (i < s.length()) {
            out.append("…(").append(s.length()).append(" chars)");
        }
        return out.toString();
    }
}
