package org.minyi.simulator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The petition lifecycle's paths, bodies and resulting states, in one place (petition-service's endpoints under {@code /api/petitions}), so that the
 * simulator follows petition-service when its lifecycle changes. Everything here is the public contract.
 */
final class PetitionSteps {

    /** The categories of docs/domain.md §5. */
    static final List<String> CATEGORIES = List.of("LAND", "DEMOLITION", "LABOUR", "ENVIRONMENT", "LAW_AND_LITIGATION",
            "SOCIAL_SECURITY", "VILLAGE_AFFAIRS", "OTHER");
    static final List<String> CHANNELS = List.of("LETTER", "VISIT", "PHONE", "EMAIL", "ONLINE", "DEPUTY_REFERRAL");

    private PetitionSteps() {
    }

    static String create() {
        return "/api/petitions";
    }

    static Step register(UUID id, LocalDate on, String category, List<String> flags, UUID repeatOf) {
        Map<String, Object> body = body("registeredOn", on);
        body.put("category", category);
        body.put("flags", flags);
        if (repeatOf != null) {
            body.put("repeatOf", repeatOf);
        }
        return step(id, "register", on, body, "REGISTERED");
    }

    static Step assign(UUID id, LocalDate on, String unitCode) {
        Map<String, Object> body = body("assignedOn", on);
        body.put("unitCode", unitCode);
        return step(id, "assign", on, body, "ASSIGNED");
    }

    static Step transfer(UUID id, LocalDate on, String competentBody) {
        Map<String, Object> body = body("transferredOn", on);
        body.put("body", competentBody);
        return step(id, "transfer", on, body, "TRANSFERRED");
    }

    static Step notAccept(UUID id, LocalDate on, String reason) {
        Map<String, Object> body = body("decidedOn", on);
        body.put("reason", reason);
        return step(id, "not-accept", on, body, "NOT_ACCEPTED");
    }

    static Step instruction(UUID id, LocalDate on, String leader, String text, String state) {
        Map<String, Object> body = body("on", on);
        body.put("leader", leader);
        body.put("text", text);
        return step(id, "instructions", on, body, state);
    }

    static Step supervision(UUID id, LocalDate on, String type, String note, String state) {
        Map<String, Object> body = body("on", on);
        body.put("type", type);
        body.put("note", note);
        return step(id, "supervision", on, body, state);
    }

    static Step extension(UUID id, LocalDate on, int days, String reason, String state) {
        Map<String, Object> body = body("on", on);
        body.put("days", days);
        body.put("reason", reason);
        return step(id, "extension", on, body, state);
    }

    /** Completion is the handling unit's step: the office records it on the unit's behalf. */
    static Step complete(UUID id, LocalDate on, String result, String unitCode) {
        Map<String, Object> body = body("completedOn", on);
        body.put("result", result);
        if (unitCode != null) {
            body.put("onBehalfOf", "unit:" + unitCode);
        }
        return step(id, "complete", on, body, "COMPLETED");
    }

    static Step answer(UUID id, LocalDate on, String channel, String text) {
        Map<String, Object> body = body("answeredOn", on);
        body.put("channel", channel);
        body.put("text", text);
        return step(id, "answer", on, body, "ANSWERED");
    }

    static Step returnVisit(UUID id, LocalDate on, String satisfaction) {
        Map<String, Object> body = body("visitedOn", on);
        body.put("satisfaction", satisfaction);
        return step(id, "return-visit", on, body, "VISITED");
    }

    /** An unsatisfied petitioner's review request sends the petition back to its unit. */
    static Step reviewRequest(UUID id, LocalDate on, String reason) {
        Map<String, Object> body = body("requestedOn", on);
        body.put("reason", reason);
        return step(id, "review-request", on, body, "ASSIGNED");
    }

    static Step archive(UUID id, LocalDate on) {
        return step(id, "archive", on, body("archivedOn", on), "ARCHIVED");
    }

    private static Map<String, Object> body(String dateField, LocalDate on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(dateField, on.toString());
        return body;
    }

    private static Step step(UUID id, String action, LocalDate on, Map<String, Object> body, String stateAfter) {
        return new Step(on, action, "/api/petitions/" + id + "/" + action, body, stateAfter);
    }
}
