package org.minyi.local.fuzz;

import org.minyi.local.fuzz.FuzzRequest.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The malformed and hostile requests, generated from the operation's schema and a valid request: for each body
 * field (found by walking the request schema) a missing, null, wrongly typed, out-of-range, over-long or
 * control-character value, an unknown field, a foreign id; and for the request as a whole malformed JSON, wrong
 * content types, odd path ids, the other township's item, odd query parameters, odd {@code If-Match} headers
 * and wrong methods.
 */
final class Mutations {

    private Mutations() {
    }

    record Mutation(String kind, String detail, Consumer<FuzzRequest> edit) {
    }

    /** A kind of mutation with its weight and its generator; the fuzz loop takes each once, then draws by weight. */
    record Category(String kind, int weight, Gen<Mutation> gen) {
    }

    /** A body field: its path in the JSON, its schema, whether its object requires it, whether the base has it. */
    record Field(List<Object> path, JsonNode schema, boolean required, boolean present) {

        String type() {
            return OpenApi.type(schema);
        }

        String name() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
            return "";
        }

        String format() {
            return schema == null ? "" : schema.path("format").asString("");
        }

        boolean isEnum() {
            return schema != null && schema.has("enum");
        }

        String text() {
            return Json.pathText(path);
        }
    }

    static final String TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

    static List<Category> categories(Target t) {
        OpenApi.Operation op = t.op;
        FuzzRequest sample = t.base.get();
        List<Field> fields = op.bodySchema() == null || sample.body == null ? List.of() : fields(op, sample.body);
        List<Category> out = new ArrayList<>();
        if (!fields.isEmpty()) {
            List<Field> required = fields.stream().filter(f -> f.required() && f.present()).toList();
            if (!required.isEmpty()) {
                out.add(new Category("MISSING_FIELD", 3, Gen.of(required).map(f ->
                        new Mutation("MISSING_FIELD", f.text(), r -> Json.remove(r.body, f.path())))));
            }
            out.add(new Category("NULL_FIELD", 1, Gen.of(fields).map(f ->
                    new Mutation("NULL_FIELD", f.text(), r -> Json.set(r.body, f.path(), Json.NODES.nullNode())))));
            out.add(new Category("WRONG_TYPE", 3, Gen.of(fields).flatMap(f -> wrongType(f).map(v ->
                    new Mutation("WRONG_TYPE", f.text() + "=" + Json.excerpt(Json.write(v), 40), r -> Json.set(r.body, f.path(), v))))));
            out.add(new Category("OUT_OF_RANGE", 3, Gen.of(fields).flatMap(f -> outOfRange(f, sample.body))));
            List<Field> strings = fields.stream().filter(f -> f.type().equals("string")).toList();
            List<Field> texts = strings.isEmpty() ? fields : strings;
            out.add(new Category("OVERLONG_STRING", 2, Gen.of(texts).flatMap(Mutations::overlong)));
            out.add(new Category("CONTROL_CHARS", 3, Gen.of(texts).flatMap(Mutations::controlChars)));
            out.add(new Category("UNKNOWN_FIELD", 2, unknownField(op, fields)));
            Gen<Mutation> foreign = foreignIds(t, fields);
            if (foreign != null) {
                out.add(new Category("FOREIGN_ID", 3, foreign));
            }
        }
        out.add(new Category("MALFORMED_JSON", 2, malformed(sample)));
        out.add(new Category("CONTENT_TYPE", 2, contentType(sample)));
        out.add(new Category("PATH_ID", op.in("path").isEmpty() ? 1 : 2, pathIds(t)));
        if (t.foreign != null) {
            out.add(new Category("FOREIGN_ITEM", 1, Gen.constant(new Mutation("FOREIGN_ITEM",
                    "the other township's " + (t.itemId == null ? "township" : "item") + ", as the fuzz township's clerk",
                    r -> { }))));
        }
        out.add(new Category("QUERY", op.method().equals("GET") ? 6 : 1, query(op)));
        if (op.hasHeader("If-Match")) {
            out.add(new Category("IF_MATCH", 1, ifMatch()));
        }
        out.add(new Category("METHOD", 1, wrongMethod(op)));
        return out;
    }

    // --- the body's fields, from the schema

    static List<Field> fields(OpenApi.Operation op, JsonNode base) {
        List<Field> out = new ArrayList<>();
        collect(op, op.bodySchema(), base, new ArrayList<>(), out, 0);
        return out;
    }

    private static void collect(OpenApi.Operation op, JsonNode schema, JsonNode value, List<Object> prefix, List<Field> out,
                                int depth) {
        JsonNode s = op.resolve(schema);
        if (s == null || depth > 5) {
            return;
        }
        String type = OpenApi.type(s);
        if (type.equals("object")) {
            Set<String> required = new HashSet<>();
            s.path("required").values().forEach(r -> required.add(r.asString()));
            for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                List<Object> path = append(prefix, p.getKey());
                JsonNode ps = op.resolve(p.getValue());
                JsonNode v = value == null ? null : value.get(p.getKey());
                out.add(new Field(path, ps, required.contains(p.getKey()), v != null));
                collect(op, ps, v, path, out, depth + 1);
            }
        } else if (type.equals("array")) {
            JsonNode items = op.resolve(s.path("items"));
            if (items != null && value != null && value.isArray() && value.size() > 0) {
                List<Object> path = append(prefix, 0);
                out.add(new Field(path, items, false, true));
                collect(op, items, value.get(0), path, out, depth + 1);
            }
        }
    }

    private static List<Object> append(List<Object> prefix, Object step) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(step);
        return List.copyOf(path);
    }

    // --- values

    private static Gen<JsonNode> wrongType(Field f) {
        var n = Json.NODES;
        ArrayNode strings = n.arrayNode().add("x");
        ArrayNode mixed = n.arrayNode().add(1).add(n.objectNode()).add(n.arrayNode()).add(true);
        return switch (f.type()) {
            case "string" -> Gen.of(n.numberNode(12345), n.numberNode(-1.5), n.booleanNode(true), n.objectNode(), strings,
                    n.arrayNode(), n.objectNode().put("value", "x"));
            case "integer" -> Gen.of(n.stringNode("abc"), n.stringNode("12"), n.numberNode(1.5), n.booleanNode(true),
                    n.arrayNode().add(1), n.objectNode(), n.stringNode(""));
            case "number" -> Gen.of(n.stringNode("abc"), n.stringNode("1,5"), n.booleanNode(false), n.arrayNode(), n.objectNode());
            case "boolean" -> Gen.of(n.stringNode("yes"), n.numberNode(2), n.arrayNode(), n.objectNode(), n.stringNode(""));
            case "array" -> Gen.of(n.stringNode("x"), n.objectNode().put("0", "x"), n.numberNode(1), n.booleanNode(true), mixed);
            case "object" -> Gen.of(n.stringNode("x"), n.arrayNode(), n.numberNode(1), n.booleanNode(true), strings);
            default -> Gen.of(n.numberNode(1), n.stringNode("x"), mixed);
        };
    }

    /** Values just past the schema's limits, and far past them, by the field's type and format. */
    private static Gen<Mutation> outOfRange(Field f, JsonNode base) {
        List<Mutation> options = new ArrayList<>();
        JsonNode s = f.schema();
        String type = f.type();
        if (type.equals("integer")) {
            if (s.has("minimum")) {
                options.add(set(f, "minimum-1", Json.NODES.numberNode(s.get("minimum").asLong() - 1)));
            }
            if (s.has("maximum")) {
                options.add(set(f, "maximum+1", Json.NODES.numberNode(s.get("maximum").asLong() + 1)));
            }
            options.add(set(f, "2^31", Json.NODES.numberNode(BigInteger.valueOf(2_147_483_648L))));
            options.add(set(f, "-2^31-1", Json.NODES.numberNode(BigInteger.valueOf(-2_147_483_649L))));
            options.add(set(f, "2^63", Json.NODES.numberNode(BigInteger.ONE.shiftLeft(63))));
            options.add(set(f, "-1", Json.NODES.numberNode(-1)));
            options.add(set(f, "0", Json.NODES.numberNode(0)));
            options.add(raw(f, "1e3"));
            options.add(raw(f, "1E400"));
            options.add(raw(f, "-0"));
            options.add(raw(f, "99999999999999999999999999999999999999"));
        } else if (type.equals("number")) {
            options.add(raw(f, "1e400"));
            options.add(raw(f, "-1e400"));
            options.add(raw(f, "1e-400"));
            options.add(raw(f, "1E999999999"));
            options.add(raw(f, "-1E-999999999"));
            options.add(raw(f, "1.7976931348623157E308"));
            options.add(raw(f, "9".repeat(900)));
            options.add(raw(f, "1" + "0".repeat(1200)));
            options.add(raw(f, "0." + "0".repeat(990) + "1"));
            options.add(raw(f, "-0.0"));
            options.add(set(f, "-1", Json.NODES.numberNode(-1)));
        } else if (type.equals("string") && f.format().equals("date")) {
            for (String d : List.of("2024-02-30", "2023-02-29", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01",
                    "+999999999-12-31", "-999999999-01-01", "1900-01-01", "2024-13-01", "2024-00-10", "2024-1-1", "20240101",
                    "2024-01-01T00:00:00Z", "today", " " + TODAY, TODAY + " ", LocalDate.parse(TODAY).plusDays(1).toString(),
                    LocalDate.parse(TODAY).plusYears(100).toString(), "٢٠٢٤-٠١-٠١", "２０２４-０１-０１", "")) {
                options.add(set(f, d, Json.NODES.stringNode(d)));
            }
        } else if (type.equals("string") && f.format().equals("date-time")) {
            for (String d : List.of("2024-01-01", "2024-01-01T25:00:00Z", "+999999999-12-31T23:59:59Z", "1970-01-01T00:00:00+99:00", "x")) {
                options.add(set(f, d, Json.NODES.stringNode(d)));
            }
        } else if (type.equals("string") && f.format().equals("uuid")) {
            String u = UUID.randomUUID().toString();
            for (String v : List.of("not-a-uuid", "1", "", u.replace("-", ""), u + "0", "{" + u + "}", u.substring(0, 35) + "g",
                    "00000000-0000-0000-0000-00000000000", " " + u)) {
                options.add(set(f, v, Json.NODES.stringNode(v)));
            }
        } else if (type.equals("string") && f.isEnum()) {
            String first = s.get("enum").get(0).asString();
            for (String v : List.of("", "NOT_A_VALUE", first.toLowerCase(), first + " ", " " + first, first + "," + first,
                    first.repeat(500))) {
                options.add(set(f, v, Json.NODES.stringNode(v)));
            }
            options.add(set(f, "0", Json.NODES.numberNode(0)));
        } else if (type.equals("string")) {
            if (s.has("pattern")) {
                for (String v : List.of("", "１２３４５６７８９", "12345678", "1234567890", "abcdefghi", "339901106\n", "339901106 ",
                        "-33990110", "3399011O6", "339901106001001")) {
                    options.add(set(f, "pattern: " + Json.excerpt(v, 20), Json.NODES.stringNode(v)));
                }
            }
            if (s.path("minLength").asInt(0) >= 1) {
                options.add(set(f, "empty", Json.NODES.stringNode("")));
                options.add(set(f, "blank", Json.NODES.stringNode("   ")));
            }
            options.add(set(f, "blank", Json.NODES.stringNode(" \t ")));
            if (s.has("maxLength")) {
                int max = s.get("maxLength").asInt();
                options.add(set(f, "maxLength+1", Json.NODES.stringNode("字".repeat(max + 1))));
            }
        } else if (type.equals("array")) {
            JsonNode element = Json.get(base, append(f.path(), 0));
            JsonNode item = element != null ? element : Json.NODES.stringNode("x");
            int max = s.path("maxItems").asInt(-1);
            if (max >= 0) {
                ArrayNode over = Json.NODES.arrayNode();
                for (int i = 0; i <= max; i++) {
                    over.add(item.deepCopy());
                }
                options.add(set(f, "maxItems+1", over));
            }
            if (s.path("minItems").asInt(0) >= 1) {
                options.add(set(f, "empty array", Json.NODES.arrayNode()));
            }
            options.add(set(f, "duplicates", Json.NODES.arrayNode().add(item.deepCopy()).add(item.deepCopy())));
            options.add(set(f, "null element", Json.NODES.arrayNode().add(Json.NODES.nullNode())));
            ArrayNode many = Json.NODES.arrayNode();
            for (int i = 0; i < 5000; i++) {
                many.add(item.deepCopy());
            }
            options.add(set(f, "5000 elements", many));
        }
        if (options.isEmpty()) {
            return wrongType(f).map(v -> new Mutation("OUT_OF_RANGE", f.text() + "=" + Json.excerpt(Json.write(v), 40),
                    r -> Json.set(r.body, f.path(), v)));
        }
        return Gen.of(options);
    }

    private static Mutation set(Field f, String what, JsonNode value) {
        return new Mutation("OUT_OF_RANGE", f.text() + " " + Json.excerpt(what, 40), r -> Json.set(r.body, f.path(), value));
    }

    private static Mutation raw(Field f, String literal) {
        return new Mutation("OUT_OF_RANGE", f.text() + "=" + Json.excerpt(literal, 40),
                r -> Json.set(r.body, f.path(), Json.NODES.stringNode(r.raw(literal))));
    }

    private static Gen<Mutation> overlong(Field f) {
        int max = f.schema() == null ? -1 : f.schema().path("maxLength").asInt(-1);
        List<Integer> lengths = new ArrayList<>(List.of(5_000, 100_000));
        if (max >= 0) {
            lengths.add(max + 1);
            lengths.add(max + 1);
        }
        return Gen.of(lengths).flatMap(length -> Gen.of("a", "字", "😀", "e\u0301").map(unit -> {
            String value = unit.repeat(Math.max(1, length / unit.length()));
            return new Mutation("OVERLONG_STRING", f.text() + " " + value.length() + "×'" + Json.excerpt(unit, 8) + "'",
                    r -> Json.set(r.body, f.path(), Json.NODES.stringNode(value)));
        }));
    }

    /** NUL, C0 and C1 controls, lone and reversed surrogates, noncharacters, bidi and zero-width marks, injections. */
    static final Gen<String> HOSTILE_STRINGS = Gen.oneOf(List.of(
            Gen.of("\u0000", "abc\u0000def", "\u0000".repeat(100), "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u001f",
                    "\u007f\u0080\u0085\u009f", "\ud800", "a\udc00b", "\udfff\ud800", "\udbff\udfff\ud800x", "\ufffe\uffff",
                    "\ufeffBOM", "\u202eevil\u202c", "\u200b\u200c\u200d\u2060", "\u2028\u2029", "\r\nX-Injected: 1",
                    "' OR '1'='1' --", "\"; DROP TABLE petition_view; --", "${jndi:ldap://127.0.0.1:1/a}", "{{7*7}}${7*7}#{7*7}",
                    "<script>alert(1)</script>", "../../../../etc/passwd", "%s%s%s%n", "\\u0000", "e" + "\u0301".repeat(3000),
                    "\uDB40\uDC01\uDB40\uDC7F"),
            Gen.string(Gen.oneOf(List.of(Gen.ints(0, 0x1f), Gen.ints(0x7f, 0x9f), Gen.ints(0xd800, 0xdfff),
                    Gen.of(0xfffe, 0xffff, 0x202e, 0xfeff, 0x10ffff))), 1, 40)));

    private static Gen<Mutation> controlChars(Field f) {
        return HOSTILE_STRINGS.flatMap(s -> Gen.of(true, false).map(escaped -> new Mutation("CONTROL_CHARS",
                f.text() + "=" + Json.excerpt(s, 30) + (escaped ? "" : " (unescaped)"), r -> {
                    if (escaped) {
                        Json.set(r.body, f.path(), Json.NODES.stringNode(r.raw(Json.escapedLiteral(s))));
                    } else {
                        // Unescaped: what an encoder makes of it (controls stay raw, which JSON forbids).
                        Json.set(r.body, f.path(), Json.NODES.stringNode(r.raw("\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")));
                    }
                })));
    }

    private static Gen<Mutation> unknownField(OpenApi.Operation op, List<Field> fields) {
        List<List<Object>> objects = new ArrayList<>();
        objects.add(List.of());
        fields.stream().filter(f -> f.type().equals("object") && f.present()).forEach(f -> objects.add(f.path()));
        List<String> names = new ArrayList<>(List.of("unknownField", "@class", "__proto__", "constructor", "$type", "id ",
                "Subject"));
        // Fields the response has and the request has not: a caller setting them itself (mass assignment).
        JsonNode success = op.successSchema() == null ? null : op.resolve(op.successSchema());
        Set<String> requestFields = new HashSet<>();
        JsonNode bodySchema = op.resolve(op.bodySchema());
        if (bodySchema != null) {
            bodySchema.path("properties").propertyNames().forEach(requestFields::add);
        }
        if (success != null) {
            for (String name : success.path("properties").propertyNames()) {
                if (!requestFields.contains(name)) {
                    names.add(name);
                }
            }
        }
        var n = Json.NODES;
        Gen<JsonNode> values = Gen.of(n.numberNode(1), n.stringNode("x"), n.booleanNode(true), n.nullNode(), n.objectNode(),
                n.arrayNode(), n.stringNode("java.lang.Runtime"), n.numberNode(999_999));
        Gen<Mutation> named = Gen.of(objects).flatMap(at -> Gen.of(names).flatMap(name -> values.map(v -> new Mutation(
                "UNKNOWN_FIELD", Json.pathText(append(at, name)) + "=" + Json.excerpt(Json.write(v), 30),
                r -> Json.set(r.body, append(at, name), v)))));
        Gen<Mutation> odd = Gen.of(
                new Mutation("UNKNOWN_FIELD", "a key with NUL", r -> Json.set(r.body, List.of(r.raw(Json.escapedLiteral("a\u0000b"))), n.numberNode(1))),
                new Mutation("UNKNOWN_FIELD", "an empty key", r -> Json.set(r.body, List.of(""), n.numberNode(1))),
                new Mutation("UNKNOWN_FIELD", "a 10000-character key", r -> Json.set(r.body, List.of("k".repeat(10_000)), n.numberNode(1))),
                new Mutation("UNKNOWN_FIELD", "2000 unknown keys", r -> {
                    for (int i = 0; i < 2000; i++) {
                        Json.set(r.body, List.of("k" + i), n.numberNode(i));
                    }
                }));
        return Gen.frequency(List.of(new Gen.Weighted<>(4, named), new Gen.Weighted<>(1, odd)));
    }

    /** Ids and codes of other things put where the request names its own: other items, other townships, nothing. */
    private static Gen<Mutation> foreignIds(Target t, List<Field> fields) {
        Target.Pools p = t.pools;
        List<Gen<Mutation>> options = new ArrayList<>();
        for (Field f : fields) {
            String name = f.name();
            List<String> pool;
            if (f.format().equals("uuid")) {
                pool = p.foreignUuids();
            } else if (name.equals("townshipCode") || name.equals("townships")) {
                pool = p.townships();
            } else if (name.equals("villageCode")) {
                pool = p.villages();
            } else if (name.toLowerCase().contains("unitcode")) {
                pool = p.units();
            } else if (name.equals("congressCode")) {
                pool = p.congresses();
            } else if (name.equals("onBehalfOf")) {
                pool = p.onBehalfOf();
            } else if (name.equals("username") || name.equals("deputyId")) {
                pool = name.equals("username") ? p.usernames() : p.foreignUuids();
            } else {
                continue;
            }
            if (pool.isEmpty() || !(f.type().equals("string") || f.type().isEmpty())) {
                continue;
            }
            boolean element = f.path().get(f.path().size() - 1) instanceof Integer;
            options.add(Gen.of(pool).flatMap(v -> Gen.of(false, element).map(appended -> {
                String value = v.replace("{random}", UUID.randomUUID().toString());
                if (appended) {
                    List<Object> array = f.path().subList(0, f.path().size() - 1);
                    return new Mutation("FOREIGN_ID", Json.pathText(array) + " += " + value, r -> {
                        JsonNode a = Json.get(r.body, array);
                        if (a instanceof ArrayNode arrayNode) {
                            arrayNode.add(value);
                        }
                    });
                }
                return new Mutation("FOREIGN_ID", f.text() + "=" + value, r -> Json.set(r.body, f.path(), Json.NODES.stringNode(value)));
            })));
        }
        return options.isEmpty() ? null : Gen.oneOf(options);
    }

    // --- the request as a whole

    private static Gen<Mutation> malformed(FuzzRequest sample) {
        String base = sample.body == null ? "{\"a\":\"b\"}" : sample.bodyText();
        byte[] baseBytes = base.getBytes(StandardCharsets.UTF_8);
        String firstKey = sample.body != null && sample.body.isObject() && !sample.body.propertyNames().isEmpty()
                ? sample.body.propertyNames().iterator().next() : "a";
        List<Mutation> options = new ArrayList<>();
        for (String text : List.of("", " ", "{", "}", "{\"", "[", "null", "[]", "\"x\"", "0", "-1", "true", "{}", "{,}",
                "{\"a\"}", "{'a':1}", "{a:1}", "{\"a\":1,}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":0x10}",
                "{\"a\":.5}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", base + "x", base + "}", base + base, "[" + base + "]",
                "/*c*/" + base, base.replaceFirst("\\{", "{\"" + firstKey + "\":123,"), base.replaceFirst(":\"", ":\"\u0001"),
                "[".repeat(100_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000), "{\"a\":" + "1".repeat(5_000) + "}",
                " ".repeat(200_000) + base)) {
            options.add(rawBody("'" + Json.excerpt(text, 40) + "'", text.getBytes(StandardCharsets.UTF_8)));
        }
        StringBuilder manyKeys = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            manyKeys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        options.add(rawBody("10000 keys", manyKeys.append('}').toString().getBytes(StandardCharsets.UTF_8)));
        options.add(rawBody("BOM + body", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, baseBytes)));
        for (byte[] bad : List.of(new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC0, (byte) 0xAF},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xE5, (byte) 0xAD}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})) {
            int quote = base.indexOf(":\"");
            byte[] body = quote < 0 ? concat(baseBytes, bad)
                    : concat(concat(base.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8), bad),
                    base.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
            options.add(rawBody("invalid UTF-8 " + hex(bad), body));
        }
        Gen<Mutation> truncated = Gen.ints(1, Math.max(1, base.length() - 1)).map(cut ->
                rawBody("truncated at " + cut, base.substring(0, Math.min(cut, base.length())).getBytes(StandardCharsets.UTF_8)));
        Gen<Mutation> noBody = Gen.constant(new Mutation("MALFORMED_JSON", "no body at all", r -> {
            r.body = null;
            r.rawBody = null;
        }));
        return Gen.frequency(List.of(new Gen.Weighted<>(6, Gen.of(options)), new Gen.Weighted<>(2, truncated),
                new Gen.Weighted<>(1, noBody)));
    }

    private static Mutation rawBody(String what, byte[] bytes) {
        return new Mutation("MALFORMED_JSON", what, r -> {
            r.rawBody = bytes;
            r.headers.putIfAbsent("Content-Type", "application/json");
        });
    }

    private static Gen<Mutation> contentType(FuzzRequest sample) {
        List<String> types = List.of("text/plain", "text/plain;charset=UTF-8", "application/xml", "text/xml",
                "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=----x",
                "application/octet-stream", "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16",
                "application/json; charset=x-no-such-charset", "application/json; charset=", "application/json;;",
                "application", "/json", "*/*", "application/*", "application/json-patch+json", "application/merge-patch+json",
                "application/problem+json", "application/vnd.minyi+json", "application/cbor", "image/png",
                "application/json, text/plain", "application/json; boundary=\"x\"", "(none)");
        Gen<String[]> accept = Gen.of(new String[]{null}, new String[]{null}, new String[]{"application/xml"}, new String[]{"text/csv"},
                new String[]{"image/png"}, new String[]{"application/json;q=0"}, new String[]{"x/y/z"}, new String[]{"text/html"});
        Gen<String[]> encoding = Gen.of(new String[]{null}, new String[]{null}, new String[]{null}, new String[]{"gzip"},
                new String[]{"br"}, new String[]{"x-unknown"});
        Gen<Boolean> utf16 = Gen.of(false, false, true);
        return Gen.of(types).flatMap(type -> accept.flatMap(a -> encoding.flatMap(e -> utf16.map(wide -> new Mutation(
                "CONTENT_TYPE", "Content-Type: " + type + (a[0] == null ? "" : ", Accept: " + a[0])
                + (e[0] == null ? "" : ", Content-Encoding: " + e[0]) + (wide ? ", body in UTF-16" : ""), r -> {
                    if (!r.hasBody()) {
                        r.json(sample.body == null ? Json.object("{\"a\":\"字\"}") : sample.body.deepCopy());
                    }
                    if (type.equals("(none)")) {
                        r.headers.remove("Content-Type");
                    } else {
                        r.headers.put("Content-Type", type);
                    }
                    if (a[0] != null) {
                        r.headers.put("Accept", a[0]);
                    }
                    if (e[0] != null) {
                        r.headers.put("Content-Encoding", e[0]);
                    }
                    if (wide) {
                        r.charset = StandardCharsets.UTF_16;
                    }
                })))));
    }

    private static final List<String> ODD_PATH_VALUES = List.of("not-a-uuid", "1", "-1", "0", "%00", "%20", "%09", "..",
            "%2E%2E", "%2e%2e%2f", "%2F", "%5C", "%C0%AF", "%ED%A0%80", "%FF", "%F0%9F%98%80", "a".repeat(3_000),
            "a".repeat(10_000), "'%20OR%20'1'%3D'1", ";x=1", "%3B", "null", "undefined", "*", "%7Bid%7D");

    private static Gen<Mutation> pathIds(Target t) {
        OpenApi.Operation op = t.op;
        List<Gen<Mutation>> options = new ArrayList<>();
        Gen<String> suffix = Gen.of("/", "//", "/.", "/..", "/%2e%2e", ";jsessionid=abc", "/extra", "%00", "/%00", ".json", "~");
        options.add(suffix.map(s -> new Mutation("PATH_ID", "suffix '" + s + "'", r -> r.pathSuffix = s)));
        for (OpenApi.Parameter parameter : op.in("path")) {
            JsonNode s = parameter.schema();
            List<String> values = new ArrayList<>(ODD_PATH_VALUES);
            if (s != null && s.path("format").asString("").equals("uuid")) {
                String u = UUID.randomUUID().toString();
                values.addAll(List.of("{random}", "{random}", "{random}", "00000000-0000-0000-0000-000000000000",
                        "ffffffff-ffff-ffff-ffff-ffffffffffff", u.toUpperCase(), u + "0", u.replace("-", ""),
                        "%7B" + u + "%7D"));
                values.addAll(t.pools.foreignUuids());
            } else if (s != null && s.has("enum")) {
                String first = s.get("enum").get(0).asString();
                values.addAll(List.of(first.toLowerCase(), first + "%20", "NOT_A_VALUE", "%20" + first, first + "%00"));
            } else {
                values.addAll(t.pools.usernames());
            }
            options.add(Gen.of(values).map(v -> {
                String value = v.replace("{random}", UUID.randomUUID().toString());
                return new Mutation("PATH_ID", "{" + parameter.name() + "}=" + Json.excerpt(value, 40),
                        r -> r.path(parameter.name(), value));
            }));
        }
        return Gen.oneOf(options);
    }

    private static Gen<Mutation> query(OpenApi.Operation op) {
        List<Gen<Mutation>> options = new ArrayList<>();
        List<String> hostile = List.of("%00", "%FF", "%ED%A0%80", "%0D%0A", "%C0%AF", "'", "%27%20OR%201%3D1--", "%25",
                "%2525", "a".repeat(5_000), "%E5%AD%97".repeat(500), "");
        for (OpenApi.Parameter parameter : op.in("query")) {
            JsonNode s = parameter.schema();
            String type = OpenApi.type(s);
            String format = s == null ? "" : s.path("format").asString("");
            List<String> values = new ArrayList<>(hostile);
            switch (type) {
                case "integer", "number" -> values.addAll(List.of("abc", "1.5", "-1", "0", "101", "100000", "2147483647",
                        "2147483648", "-2147483649", "99999999999999999999", "1e3", "0x10", "%2B1", "%201", "NaN"));
                case "boolean" -> values.addAll(List.of("maybe", "1", "yes", "TRUE%00"));
                case "array" -> values.addAll(List.of("NOT_A_VALUE", "REPEAT,NOT_A_VALUE", ","));
                default -> {
                    if (s != null && s.has("enum")) {
                        values.addAll(List.of("NOT_A_VALUE", s.get("enum").get(0).asString().toLowerCase(), "-", "deadline,id"));
                    }
                    if (format.equals("date")) {
                        values.addAll(List.of("2024-02-30", "%2B999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-01-01",
                                "2024-13-01", "today", "2024-01-01T00:00:00Z"));
                    } else if (format.equals("uuid")) {
                        values.addAll(List.of("not-a-uuid", UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000"));
                    } else if (parameter.name().toLowerCase().contains("township") || parameter.name().toLowerCase().contains("congress")) {
                        values.addAll(List.of("339901107", "339901999", "000000000", "339901", "%EF%BC%93%EF%BC%93"));
                    } else if (parameter.name().toLowerCase().contains("unit")) {
                        values.addAll(List.of("339901107-ZF", "339901-NOPE", "339901106-zf"));
                    }
                }
            }
            options.add(Gen.of(values).map(v -> new Mutation("QUERY", parameter.name() + "=" + Json.excerpt(v, 40),
                    r -> {
                        r.query.removeIf(q -> q[0].equals(parameter.name()));
                        r.query(parameter.name(), v);
                    })));
        }
        options.add(Gen.of("unknown=1", "%00=1", "=x", "a".repeat(5_000) + "=1", "page=0&page=1", "size=1&size=0",
                "townshipCode=339901106&townshipCode=339901107", "flag", "&&&", "%26=%3D").map(q -> new Mutation("QUERY",
                "extra '" + Json.excerpt(q, 40) + "'", r -> {
                    int eq = q.indexOf('=');
                    r.query(eq < 0 ? q : q.substring(0, eq), eq < 0 ? "" : q.substring(eq + 1));
                })));
        return Gen.oneOf(options);
    }

    private static Gen<Mutation> ifMatch() {
        return Gen.of("abc", "\"abc\"", "\"-1\"", "\"0\"", "\"99999999999999999999\"", "*", "W/\"1\"", "\"1\", \"2\"", "\"\"",
                        "x".repeat(5_000), "\"1e3\"", "\"0x10\"", "\" 1\"", "\"1", "1\"").map(v -> new Mutation("IF_MATCH",
                "If-Match: " + Json.excerpt(v, 30), r -> r.header("If-Match", v)));
    }

    private static Gen<Mutation> wrongMethod(OpenApi.Operation op) {
        Set<String> documented = new HashSet<>();
        op.document().path("paths").path(op.path()).propertyNames().forEach(m -> documented.add(m.toUpperCase()));
        List<String> methods = new ArrayList<>();
        for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "FOO")) {
            if (!documented.contains(m)) {
                methods.add(m);
            }
        }
        return Gen.of(methods).map(m -> new Mutation("METHOD", m + " instead of " + op.method(), r -> r.method = m));
    }

    /** The request the other township's clerk sends (the category's edit is empty: the target builds it). */
    static FuzzRequest foreignRequest(Target t) {
        FuzzRequest r = t.foreign.get();
        r.actor = Actor.CLERK;
        r.foreign = true;
        return r;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X", b & 0xff));
        }
        return s.toString();
    }
}
