package org.minyi.local.fuzz;

import org.minyi.local.fuzz.FuzzRequest.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static java.util.Map.entry;

/**
 * The real items the fuzzing works on, made through the gateway like any client: in the fuzz township
 * ({@value #OWN}, used by no other test) one item per step operation, brought to a state that allows the step,
 * and in a second township ({@value #FOREIGN}) the items that are foreign to the fuzz township's clerk. For each
 * operation the valid request that the mutations start from and the probes that must not move.
 */
final class Fixtures {

    static final String OWN = "339901106";
    static final String FOREIGN = "339901107";
    static final String OWN_VILLAGE = "339901106201";
    static final String FOREIGN_VILLAGE = "339901107201";
    static final String OWN_UNIT = "339901106-ZF";
    static final String FOREIGN_UNIT = "339901107-ZF";
    static final String TODAY = Mutations.TODAY;
    private static final String LATER = LocalDate.parse(TODAY).plusDays(60).toString();

    private static final Map<String, String> PETITION_STEPS = Map.ofEntries(
            entry("register", "{\"registeredOn\":\"%1$s\",\"category\":\"LAND\",\"flags\":[]}"),
            entry("instructions", "{\"on\":\"%1$s\",\"leader\":\"县人大常委会主任\",\"text\":\"请依法妥善处理\"}"),
            entry("ownership", "{\"on\":\"%1$s\",\"leader\":\"镇长\",\"note\":\"包案化解\"}"),
            entry("appointments", "{\"on\":\"%1$s\",\"leader\":\"镇长\",\"note\":\"领导接访\"}"),
            entry("supervision", "{\"on\":\"%1$s\",\"type\":\"URGE\",\"note\":\"督促办理\"}"),
            entry("assign", "{\"assignedOn\":\"%1$s\",\"unitCode\":\"" + OWN_UNIT + "\"}"),
            entry("transfer", "{\"transferredOn\":\"%1$s\",\"body\":\"县人民法院\"}"),
            entry("not-accept", "{\"decidedOn\":\"%1$s\",\"reason\":\"已经依法处理\"}"),
            entry("extension", "{\"on\":\"%1$s\",\"days\":15,\"reason\":\"案情复杂\"}"),
            entry("complete", "{\"completedOn\":\"%1$s\",\"result\":\"已调查处理\"}"),
            entry("answer", "{\"answeredOn\":\"%1$s\",\"channel\":\"WRITTEN\",\"text\":\"已书面答复\"}"),
            entry("return-visit", "{\"visitedOn\":\"%1$s\",\"satisfaction\":\"SATISFIED\"}"),
            entry("review-request", "{\"requestedOn\":\"%1$s\",\"reason\":\"对处理结果不满意\"}"),
            entry("archive", "{\"archivedOn\":\"%1$s\"}"),
            entry("erasure", "{}"));

    /** The steps that bring a new petition to a state that allows the step. */
    private static final Map<String, List<String>> PETITION_BEFORE = Map.ofEntries(
            entry("assign", List.of("register")), entry("transfer", List.of("register")), entry("not-accept", List.of("register")),
            entry("extension", List.of("register", "assign")), entry("complete", List.of("register", "assign")),
            entry("answer", List.of("register", "assign", "complete")),
            entry("return-visit", List.of("register", "assign", "complete", "answer")),
            entry("review-request", List.of("register", "assign", "complete", "answer")),
            entry("archive", List.of("register", "assign", "complete", "answer", "return-visit")));

    private static final Map<String, String> PROPOSAL_STEPS = Map.ofEntries(
            entry("register", "{\"registeredOn\":\"%1$s\"}"),
            entry("reject", "{\"rejectedOn\":\"%1$s\",\"reason\":\"不属于本级人大职权范围\"}"),
            entry("convert", "{\"convertedOn\":\"%1$s\",\"reason\":\"作为建议办理\"}"),
            entry("assign", "{\"assignedOn\":\"%1$s\",\"leadUnitCode\":\"" + OWN_UNIT + "\",\"coUnitCodes\":[],"
                    + "\"responsibleLeader\":\"分管领导\",\"handler\":\"经办人\",\"complex\":false}"),
            entry("escalation", "{\"escalatedOn\":\"%1$s\",\"toLevel\":\"COUNTY\",\"note\":\"超出本级职权\"}"),
            entry("consultations", "{\"heldOn\":\"%1$s\",\"form\":\"FACE_TO_FACE\",\"attendees\":[\"承办单位经办人\",\"领衔代表\"]}"),
            entry("consultation-waiver", "{\"waivedOn\":\"%1$s\",\"note\":\"代表表示无需面商\"}"),
            entry("deferral", "{\"deferredOn\":\"%1$s\",\"latestOn\":\"%2$s\",\"measures\":\"分步实施\"}"),
            entry("supervision", "{\"on\":\"%1$s\",\"type\":\"PROGRESS_REPORT\",\"note\":\"听取办理进度汇报\"}"),
            entry("replies", "{\"repliedOn\":\"%1$s\",\"replyClass\":\"B\",\"text\":\"已列入年度计划\",\"plannedCompletionOn\":\"%2$s\"}"),
            entry("evaluations", "{\"evaluatedOn\":\"%1$s\",\"result\":\"SATISFIED\"}"),
            entry("evaluations-unsatisfied", "{\"evaluatedOn\":\"%1$s\",\"result\":\"UNSATISFIED\"}"),
            entry("implementation", "{\"recordedOn\":\"%1$s\",\"implemented\":true}"),
            entry("close", "{\"closedOn\":\"%1$s\",\"note\":\"主席团决定办结\"}"));

    private static final List<String> ROUND = List.of("consultations", "replies", "evaluations-unsatisfied");

    private static final Map<String, List<String>> PROPOSAL_BEFORE = Map.ofEntries(
            entry("assign", List.of("register")), entry("escalation", List.of("register")),
            entry("consultations", List.of("register", "assign")), entry("consultation-waiver", List.of("register", "assign")),
            entry("deferral", List.of("register", "assign")), entry("supervision", List.of("register", "assign")),
            entry("replies", List.of("register", "assign", "consultations")),
            entry("evaluations", List.of("register", "assign", "consultations", "replies")),
            entry("implementation", List.of("register", "assign", "consultations", "replies")),
            entry("close", concat(List.of("register", "assign"), ROUND, ROUND, ROUND)));

    private final Sender api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> notes = new ArrayList<>();
    final List<String> setupServerErrors = new ArrayList<>();
    private final Map<String, Boolean> readerMayRead = new HashMap<>();
    private boolean rosterWaited;

    /** Deputies of the fuzz township serving its congress: D0 leads, D1–D4 co-sign a motion, all join groups. */
    final List<String> deputies = new ArrayList<>();
    String foreignDeputy;
    String foreignDeputy2;
    String ownPetition;
    String ownProposal;
    String ownGroup;
    String ownActivity;
    String foreignPetition;
    String foreignProposal;
    String foreignGroup;
    String foreignGroupVenue;
    String foreignActivity;
    String otherAccount;
    String clerkSecret;

    Fixtures(Sender api) {
        this.api = api;
    }

    /** The shared items: deputies and accounts, the other township's items, one item of each kind to read. */
    void prepare() {
        clerkSecret = "fuzz-clerk-secret-" + UUID.randomUUID();
        String clerk = "fuzz-clerk-" + run;
        account(clerk, clerkSecret, "TOWNSHIP_CLERK", "[\"" + OWN + "\"]");
        api.credentials(Actor.CLERK, clerk, clerkSecret);
        String readerSecret = "fuzz-reader-secret-" + UUID.randomUUID();
        String reader = "fuzz-reader-" + run;
        account(reader, readerSecret, "LEADER", "[]");
        api.credentials(Actor.READER, reader, readerSecret);
        otherAccount = "fuzz-other-" + run;
        account(otherAccount, "fuzz-other-secret-" + UUID.randomUUID(), "VIEWER", "[]");

        for (int i = 0; i < 5; i++) {
            deputies.add(deputy(OWN, "模糊代表" + i));
        }
        foreignDeputy = deputy(FOREIGN, "外乡代表甲");
        foreignDeputy2 = deputy(FOREIGN, "外乡代表乙");
        ownPetition = petition(OWN, OWN_VILLAGE);
        foreignPetition = petition(FOREIGN, FOREIGN_VILLAGE);
        ownGroup = group(OWN, deputies.get(0), Arrays.asList(deputies.get(0), deputies.get(1)), null);
        foreignGroupVenue = UUID.randomUUID().toString();
        foreignGroup = group(FOREIGN, foreignDeputy, Arrays.asList(foreignDeputy, foreignDeputy2), foreignGroupVenue);
        ownActivity = activity(OWN, deputies.get(0));
        foreignActivity = activity(FOREIGN, foreignDeputy);
        // Last: the proposals wait for the deputies to reach proposal-service's roster through the topics.
        ownProposal = proposal(OWN, "SUGGESTION", Arrays.asList(deputies.get(0)));
        foreignProposal = proposal(FOREIGN, "SUGGESTION", Arrays.asList(foreignDeputy));
    }

    // --- the targets

    Target target(OpenApi.Operation op) {
        String key = op.method() + " " + op.path();
        String[] segments = op.path().split("/");
        String last = segments[segments.length - 1];
        switch (key) {
            case "POST /api/petitions":
                return create(op, () -> petitionBody(OWN, OWN_VILLAGE), () -> petitionBody(FOREIGN, FOREIGN_VILLAGE),
                        "/api/petitions?townshipCode=%s&size=1");
            case "GET /api/petitions":
                return list(op, "townshipCode", OWN, FOREIGN);
            case "GET /api/petitions/{id}":
                return read(op, "id", ownPetition, foreignPetition);
            case "POST /api/proposals":
                return create(op, () -> submitBody(OWN, "SUGGESTION", Arrays.asList(deputies.get(0))),
                        () -> submitBody(FOREIGN, "SUGGESTION", Arrays.asList(foreignDeputy)), "/api/proposals?congressCode=%s&size=1");
            case "GET /api/proposals":
                return list(op, "congressCode", OWN, FOREIGN);
            case "GET /api/proposals/{id}":
                return read(op, "id", ownProposal, foreignProposal);
            case "POST /api/deputies":
                return create(op, () -> deputyBody(OWN, "模糊登记"), () -> deputyBody(FOREIGN, "外乡登记"),
                        "/api/deputies?townshipCode=%s&size=1");
            case "GET /api/deputies":
                return list(op, "townshipCode", OWN, FOREIGN);
            case "GET /api/deputies/{id}":
                return read(op, "id", deputies.get(0), foreignDeputy);
            case "GET /api/deputies/{deputyId}/activities":
                return read(op, "deputyId", deputies.get(0), foreignDeputy);
            case "POST /api/deputies/{id}/mandates":
                return step(op, "/api/deputies/", deputy(OWN, "模糊增职"), foreignDeputy, Map.of(),
                        () -> Json.object("{\"level\":\"COUNTY\",\"congressCode\":\"339901\",\"term\":18,\"electedOn\":\"2021-12-20\"}"));
            case "POST /api/deputies/{id}/mandates/{level}/end":
                return step(op, "/api/deputies/", deputy(OWN, "模糊离任"), foreignDeputy, Map.of("level", "TOWNSHIP"),
                        () -> Json.object("{\"endedOn\":\"" + TODAY + "\",\"reason\":\"RESIGNED\"}"));
            case "POST /api/deputies/{id}/points-adjustments":
                return step(op, "/api/deputies/", deputy(OWN, "模糊积分"), foreignDeputy, Map.of(),
                        () -> Json.object("{\"category\":\"OTHER\",\"points\":1,\"reason\":\"模糊测试\",\"on\":\"" + TODAY + "\"}"));
            case "POST /api/deputy-groups":
                return create(op, () -> groupBody(OWN, deputies.get(0), Arrays.asList(deputies.get(0), deputies.get(1)), null),
                        () -> groupBody(FOREIGN, foreignDeputy, Arrays.asList(foreignDeputy), null), "/api/deputy-groups?townshipCode=%s&size=1");
            case "GET /api/deputy-groups":
                return list(op, "townshipCode", OWN, FOREIGN);
            case "GET /api/deputy-groups/{id}":
                return read(op, "id", ownGroup, foreignGroup);
            case "POST /api/deputy-groups/{id}/members":
                return step(op, "/api/deputy-groups/", freshGroup(null), foreignGroup, Map.of(),
                        () -> Json.object("{\"deputyId\":\"" + deputies.get(2) + "\",\"joinedOn\":\"" + TODAY + "\"}"));
            case "POST /api/deputy-groups/{id}/members/{deputyId}/remove":
                return step(op, "/api/deputy-groups/", freshGroup(null), foreignGroup,
                        java.util.Collections.singletonMap("deputyId", deputies.get(1)),
                        java.util.Collections.singletonMap("deputyId", foreignDeputy2),
                        () -> Json.object("{\"leftOn\":\"" + TODAY + "\"}"));
            case "POST /api/deputy-groups/{id}/roles":
                return step(op, "/api/deputy-groups/", freshGroup(null), foreignGroup, Map.of(),
                        () -> Json.object("{\"role\":\"DEPUTY_LEADER\",\"deputyId\":\"" + deputies.get(1) + "\",\"on\":\"" + TODAY + "\"}"));
            case "POST /api/deputy-groups/{id}/venues":
                return step(op, "/api/deputy-groups/", freshGroup(null), foreignGroup, Map.of(),
                        () -> Json.object("{\"kind\":\"WORK_ROOM\",\"name\":\"模糊测试工作室\",\"address\":\"新塘镇人民路1号\"}"));
            case "DELETE /api/deputy-groups/{id}/venues/{venueId}": {
                String venue = UUID.randomUUID().toString();
                return step(op, "/api/deputy-groups/", freshGroup(venue), foreignGroup, Map.of("venueId", venue),
                        java.util.Collections.singletonMap("venueId", foreignGroupVenue), () -> null);
            }
            case "POST /api/duty-activities":
                return create(op, () -> activityBody(OWN, deputies.get(0)), () -> activityBody(FOREIGN, foreignDeputy),
                        "/api/duty-activities?townshipCode=%s&includeWithdrawn=true&size=1");
            case "GET /api/duty-activities":
                return list(op, "townshipCode", OWN, FOREIGN);
            case "GET /api/duty-activities/{id}":
                return read(op, "id", ownActivity, foreignActivity);
            case "POST /api/duty-activities/{id}/withdraw":
                return step(op, "/api/duty-activities/", activity(OWN, deputies.get(0)), foreignActivity, Map.of(),
                        () -> Json.object("{\"reason\":\"录入有误\",\"withdrawnOn\":\"" + TODAY + "\"}"));
            case "GET /api/accounts":
                return plain(op, Map.of("size", "5"));
            case "POST /api/accounts":
                return create(op, () -> Json.object("{\"username\":\"fuzz-new-" + UUID.randomUUID().toString().substring(0, 12)
                                + "\",\"kind\":\"CLIENT\",\"password\":\"fuzz-new-secret-" + UUID.randomUUID() + "\",\"role\":\"VIEWER\"}"),
                        null, "/api/accounts?size=1");
            case "GET /api/accounts/{username}":
                return read(op, "username", freshAccount(), otherAccount);
            case "PUT /api/accounts/{username}":
                return step(op, "/api/accounts/", freshAccount(), otherAccount, Map.of(),
                        () -> Json.object("{\"enabled\":true,\"role\":\"VIEWER\"}"));
            case "POST /api/accounts/{username}/password":
                return step(op, "/api/accounts/", freshAccount(), otherAccount, Map.of(),
                        () -> Json.object("{\"password\":\"fuzz-changed-secret-" + UUID.randomUUID() + "\"}"));
            default:
                break;
        }
        if (op.method().equals("POST") && op.path().startsWith("/api/petitions/{id}/") && PETITION_STEPS.containsKey(last)) {
            String id = petitionReadyFor(last);
            return step(op, "/api/petitions/", id, foreignPetition, Map.of(), () -> petitionStepBody(last, id));
        }
        if (op.method().equals("POST") && op.path().startsWith("/api/proposals/{id}/") && PROPOSAL_STEPS.containsKey(last)) {
            String id = proposalReadyFor(last);
            return step(op, "/api/proposals/", id, foreignProposal, Map.of(), () -> Json.object(PROPOSAL_STEPS.get(last).formatted(TODAY, LATER)));
        }
        if (op.method().equals("GET") && op.path().startsWith("/api/reports/") && !op.path().equals("/api/reports/rebuild")) {
            Map<String, String> query = new HashMap<>();
            if (op.in("query").stream().anyMatch(p -> p.name().equals("townshipCode"))) {
                return list(op, "townshipCode", OWN, FOREIGN);
            }
            return plain(op, query);
        }
        if (op.in("path").isEmpty() && op.bodySchema() == null) {
            return plain(op, Map.of());
        }
        notes.add("no fixture for " + key + ": fuzzed with a request generated from its schema and random ids");
        return generic(op);
    }

    private Target create(OpenApi.Operation op, Supplier<ObjectNode> body, Supplier<ObjectNode> foreignBody, String countQuery) {
        Target.Probe counts = () -> {
            StringBuilder s = new StringBuilder();
            for (String township : countQuery.contains("%s") ? List.of(OWN, FOREIGN) : List.of("")) {
                String path = countQuery.contains("%s") ? countQuery.formatted(township) : countQuery;
                Sender.Answer a = read(path);
                s.append(township).append('=').append(a.ok() ? a.json().path("total").asString() : "status " + a.status()).append(' ');
            }
            return s.toString().trim();
        };
        Supplier<FuzzRequest> foreign = foreignBody == null ? null : () -> new FuzzRequest(op.method(), op.path()).json(foreignBody.get());
        return new Target(op, () -> new FuzzRequest(op.method(), op.path()).json(body.get()), counts, foreign, counts, pools(), null);
    }

    private Target list(OpenApi.Operation op, String scope, String own, String foreign) {
        return new Target(op, () -> new FuzzRequest(op.method(), op.path()).query(scope, own), null,
                () -> new FuzzRequest(op.method(), op.path()).query(scope, foreign), null, pools(), null);
    }

    private Target read(OpenApi.Operation op, String param, String item, String foreign) {
        String own = item == null ? missing(op) : item;
        return new Target(op, () -> new FuzzRequest(op.method(), op.path()).path(param, own), null,
                foreign == null ? null : () -> new FuzzRequest(op.method(), op.path()).path(param, foreign), null, pools(), own);
    }

    private Target plain(OpenApi.Operation op, Map<String, String> query) {
        return new Target(op, () -> {
            FuzzRequest r = new FuzzRequest(op.method(), op.path());
            query.forEach(r::query);
            return r;
        }, null, null, null, pools(), null);
    }

    private Target step(OpenApi.Operation op, String collection, String id, String foreignId, Map<String, String> extra,
                        Supplier<ObjectNode> body) {
        return step(op, collection, id, foreignId, extra, extra, body);
    }

    /** A step on one item: {@code id} of the fuzz township, {@code foreignId} of the other township. */
    private Target step(OpenApi.Operation op, String collection, String item, String foreignId, Map<String, String> extra,
                        Map<String, String> foreignExtra, Supplier<ObjectNode> body) {
        String id = item == null ? missing(op) : item;
        String param = op.in("path").isEmpty() ? "id" : op.in("path").get(0).name();
        Supplier<FuzzRequest> base = () -> {
            FuzzRequest r = new FuzzRequest(op.method(), op.path()).path(param, id);
            extra.forEach(r::path);
            ObjectNode b = body.get();
            if (b != null) {
                r.json(b);
            }
            return r;
        };
        Supplier<FuzzRequest> foreign = foreignId == null ? null : () -> {
            FuzzRequest r = new FuzzRequest(op.method(), op.path()).path(param, foreignId);
            foreignExtra.forEach(r::path);
            ObjectNode b = body.get();
            if (b != null) {
                r.json(b);
            }
            return r;
        };
        return new Target(op, base, version(collection + id), foreign, foreignId == null ? null : version(collection + foreignId),
                pools(), id);
    }

    /** An id for an item that could not be made (the setup's answer is in the notes): the tries still run. */
    private String missing(OpenApi.Operation op) {
        notes.add(op.key() + ": its item could not be made, fuzzed against an unknown id");
        return UUID.randomUUID().toString();
    }

    /** An operation nothing is known of: path ids random, the body made from the schema's required fields. */
    private Target generic(OpenApi.Operation op) {
        Supplier<FuzzRequest> base = () -> {
            FuzzRequest r = new FuzzRequest(op.method(), op.path());
            for (OpenApi.Parameter p : op.in("path")) {
                JsonNode s = p.schema();
                r.path(p.name(), s != null && s.has("enum") ? s.get("enum").get(0).asString() : UUID.randomUUID().toString());
            }
            if (op.bodySchema() != null) {
                r.json(valid(op, op.bodySchema(), 0));
            }
            return r;
        };
        return new Target(op, base, null, null, null, pools(), null);
    }

    /** A value the schema allows, as far as the schema alone tells. */
    static JsonNode valid(OpenApi.Operation op, JsonNode schema, int depth) {
        JsonNode s = op.resolve(schema);
        var n = Json.NODES;
        if (s == null || depth > 6) {
            return n.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).deepCopy();
        }
        switch (OpenApi.type(s)) {
            case "object": {
                ObjectNode o = n.objectNode();
                for (JsonNode required : s.path("required").values()) {
                    o.set(required.asString(), valid(op, s.path("properties").path(required.asString()), depth + 1));
                }
                return o;
            }
            case "array": {
                ArrayNode a = n.arrayNode();
                for (int i = 0; i < s.path("minItems").asInt(0); i++) {
                    a.add(valid(op, s.path("items"), depth + 1));
                }
                return a;
            }
            case "integer":
            case "number":
                return n.numberNode(s.path("minimum").asLong(1));
            case "boolean":
                return n.booleanNode(false);
            default: {
                String format = s.path("format").asString("");
                String pattern = s.path("pattern").asString("");
                if (format.equals("date")) {
                    return n.stringNode(TODAY);
                } else if (format.equals("date-time")) {
                    return n.stringNode(TODAY + "T00:00:00Z");
                } else if (format.equals("uuid")) {
                    return n.stringNode(UUID.randomUUID().toString());
                } else if (pattern.contains("{9}")) {
                    return n.stringNode(OWN);
                } else if (pattern.contains("{12}")) {
                    return n.stringNode(OWN_VILLAGE);
                }
                return n.stringNode("模糊测试" + "x".repeat(Math.max(0, s.path("minLength").asInt(0) - 4)));
            }
        }
    }

    private Target.Pools pools() {
        List<String> uuids = new ArrayList<>(List.of("{random}", "{random}", "00000000-0000-0000-0000-000000000000"));
        for (String id : new String[]{foreignPetition, foreignProposal, foreignDeputy, foreignGroup, foreignActivity, ownPetition,
                ownProposal, ownGroup, ownActivity}) {
            if (id != null) {
                uuids.add(id);
            }
        }
        return new Target.Pools(uuids, List.of(FOREIGN, "339901999", "000000000", "339901"),
                List.of(FOREIGN_VILLAGE, "339901106999", FOREIGN), List.of(FOREIGN_UNIT, "339901-NOPE", "339901106-zf", "ZF"),
                List.of(FOREIGN, "339901999", "999999", "339901107001"),
                List.of("deputy:{random}", "deputy:" + foreignDeputy, "unit:" + FOREIGN_UNIT, "unit:339901-NOPE", "deputy:not-a-uuid",
                        "unit:", ":", "x:y", "deputy:"),
                List.of("fuzz-nobody-" + run, otherAccount == null ? "fuzz-nobody" : otherAccount));
    }

    // --- probes

    /** The item's version (and, for an account, when it last changed), read as the county leader or the office. */
    private Target.Probe version(String path) {
        return () -> {
            Sender.Answer a = read(path);
            if (!a.ok()) {
                return "status " + a.status();
            }
            JsonNode item = a.json();
            return "version " + item.path("version").asString() + (item.has("updatedAt") ? " updated " + item.path("updatedAt").asString() : "");
        };
    }

    /** A read for a probe: as the read-only county leader where it may, else as the office. */
    private Sender.Answer read(String path) {
        String family = path.replaceAll("/[0-9a-f-]{36}.*|\\?.*", "");
        if (readerMayRead.getOrDefault(family, true) && !path.startsWith("/api/accounts")) {
            Sender.Answer a = api.call(Actor.READER, "GET", path, null);
            if (a.status() != 403 && a.status() > 0) {
                return a;
            }
            readerMayRead.put(family, false);
        }
        return api.call(Actor.ADMIN, "GET", path, null);
    }

    // --- making items

    private Sender.Answer expect(String what, Actor actor, String method, String path, String json) {
        Sender.Answer a = api.call(actor, method, path, json);
        if (a.serverError()) {
            setupServerErrors.add("setup " + what + ": " + method + " " + path + " answered " + a.status()
                    + (a.correlationId() == null ? "" : " (correlation id " + a.correlationId() + ")")
                    + " " + Json.excerpt(a.body(), 300) + (a.error() == null ? "" : " " + a.error()));
        } else if (!a.ok()) {
            notes.add("setup " + what + ": " + method + " " + path + " answered " + a.status() + " " + Json.excerpt(a.body(), 300));
        }
        return a;
    }

    private String created(String what, String path, String json) {
        Sender.Answer a = expect(what, Actor.ADMIN, "POST", path, json);
        String id = a.ok() ? a.json().path("id").asString("") : "";
        return id.isEmpty() ? null : id;
    }

    private void account(String username, String secret, String role, String townships) {
        expect("account " + username, Actor.ADMIN, "POST", "/api/accounts", "{\"username\":\"" + username
                + "\",\"kind\":\"CLIENT\",\"password\":\"" + secret + "\",\"role\":\"" + role + "\",\"townships\":" + townships + "}");
    }

    private String freshAccount() {
        String username = "fuzz-target-" + UUID.randomUUID().toString().substring(0, 12);
        account(username, "fuzz-target-secret-" + UUID.randomUUID(), "VIEWER", "[]");
        return username;
    }

    private String deputy(String township, String name) {
        return created("deputy", "/api/deputies", Json.write(deputyBody(township, name)));
    }

    private static ObjectNode deputyBody(String township, String name) {
        return Json.object("""
                {"name":"%s","gender":"FEMALE","birthDate":"1980-05-01","ethnicity":"汉族","party":"CPC","occupation":"FARMER",
                 "townshipCode":"%s","electoralDistrict":"第一选区","contact":{"phone":"13800000000","address":"新塘镇人民路2号"},
                 "mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":18,"electedOn":"2021-12-20"}]}"""
                .formatted(name, township, township));
    }

    private String petition(String township, String village) {
        return created("petition", "/api/petitions", Json.write(petitionBody(township, village)));
    }

    private static ObjectNode petitionBody(String township, String village) {
        return Json.object("""
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s","villageCode":"%s",
                 "petitioners":[{"name":"模糊测试人","phone":"13800000000","address":"新塘镇柳巷路1号"}],
                 "subject":"模糊测试","content":"模糊测试的信访件"}""".formatted(TODAY, township, village));
    }

    private String petitionReadyFor(String step) {
        String id = petition(OWN, OWN_VILLAGE);
        if (id == null) {
            return UUID.randomUUID().toString();
        }
        for (String before : PETITION_BEFORE.getOrDefault(step, List.of())) {
            expect("petition before " + step, Actor.ADMIN, "POST", "/api/petitions/" + id + "/" + before,
                    Json.write(petitionStepBody(before, id)));
        }
        return id;
    }

    private ObjectNode petitionStepBody(String step, String id) {
        ObjectNode body = Json.object(PETITION_STEPS.get(step).formatted(TODAY));
        if (step.equals("erasure")) {
            Sender.Answer a = api.call(Actor.ADMIN, "GET", "/api/petitions/" + id, null);
            String person = a.json().path("petitioners").path(0).path("personId").asString("");
            body.putArray("personIds").add(person.isEmpty() ? UUID.randomUUID().toString() : person);
        }
        return body;
    }

    private static ObjectNode submitBody(String congress, String kind, List<String> signers) {
        ObjectNode body = Json.object("""
                {"kind":"%s","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","title":"关于模糊测试的建议",
                 "content":"建议有关部门研究解决。","category":"OTHER"}""".formatted(kind, congress, TODAY, signers.get(0)));
        ArrayNode co = body.putArray("coSignerIds");
        signers.subList(1, signers.size()).forEach(co::add);
        return body;
    }

    /** Submits with an id, again until proposal-service's roster has the signers (422 before). */
    private String proposal(String congress, String kind, List<String> signers) {
        if (signers.stream().anyMatch(s -> s == null)) {
            return null;
        }
        String id = UUID.randomUUID().toString();
        ObjectNode body = submitBody(congress, kind, signers);
        body.put("id", id);
        // The first one waits for the roster (through the topics); later ones only a little.
        long deadline = System.nanoTime() + (rosterWaited ? 10_000_000_000L : 90_000_000_000L);
        rosterWaited = true;
        while (true) {
            Sender.Answer a = api.call(Actor.ADMIN, "POST", "/api/proposals", Json.write(body));
            if (a.ok()) {
                return id;
            }
            if (a.status() != 422 || System.nanoTime() > deadline) {
                expect("proposal", Actor.ADMIN, "POST", "/api/proposals", Json.write(body));
                return null;
            }
            sleep(500);
        }
    }

    private String proposalReadyFor(String step) {
        String id = step.equals("convert") ? proposal(OWN, "MOTION", deputies) : proposal(OWN, "SUGGESTION", Arrays.asList(deputies.get(0)));
        if (id == null) {
            return UUID.randomUUID().toString();
        }
        for (String before : PROPOSAL_BEFORE.getOrDefault(step, List.of())) {
            String path = before.startsWith("evaluations") ? "evaluations" : before;
            expect("proposal before " + step, Actor.ADMIN, "POST", "/api/proposals/" + id + "/" + path,
                    PROPOSAL_STEPS.get(before).formatted(TODAY, LATER));
        }
        return id;
    }

    private static ObjectNode groupBody(String township, String leader, List<String> members, String venueId) {
        ObjectNode body = Json.object("""
                {"townshipCode":"%s","name":"模糊测试课题组","kind":"TOPIC_GROUP","theme":"模糊测试","formedOn":"2022-01-10",
                 "leaderId":"%s"}""".formatted(township, leader));
        ArrayNode m = body.putArray("memberIds");
        members.forEach(m::add);
        if (venueId != null) {
            body.set("venue", Json.object("{\"id\":\"" + venueId + "\",\"kind\":\"WORK_ROOM\",\"name\":\"模糊测试工作室\","
                    + "\"address\":\"人民路1号\"}"));
        }
        return body;
    }

    private String group(String township, String leader, List<String> members, String venueId) {
        if (leader == null || members.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        return created("group", "/api/deputy-groups", Json.write(groupBody(township, leader, members, venueId)));
    }

    private String freshGroup(String venueId) {
        String id = group(OWN, deputies.get(0), Arrays.asList(deputies.get(0), deputies.get(1)), venueId);
        return id == null ? UUID.randomUUID().toString() : id;
    }

    private static ObjectNode activityBody(String township, String deputy) {
        return Json.object("""
                {"type":"VOTER_RECEPTION","heldOn":"%s","townshipCode":"%s","deputyIds":["%s"],"place":"代表联络站",
                 "notes":"模糊测试"}""".formatted(TODAY, township, deputy));
    }

    private String activity(String township, String deputy) {
        return deputy == null ? null : created("activity", "/api/duty-activities", Json.write(activityBody(township, deputy)));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
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
