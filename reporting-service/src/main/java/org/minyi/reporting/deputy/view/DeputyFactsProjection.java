package org.minyi.reporting.deputy;

import org.minyi.contract.EventTypes;
import org.minyi.platform.consuming.ConsumedEvent;
import org.minyi.platform.consuming.EventProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Projects deputy-service's events into the deputy facts. Each write is an upsert or a keyed update, so a
 * fact that arrives before the one it refers to (a participant before the deputy's registration, on
 * another partition) is kept and joined when the other arrives.
 */
@Component
public class DeputyFactsProjection implements EventProjection {

    private static final Set<String> TYPES = Set.of(EventTypes.DEPUTY_REGISTERED, EventTypes.MANDATE_ADDED,
            EventTypes.MANDATE_ENDED, EventTypes.DEPUTY_GROUP_FORMED, EventTypes.DUTY_ACTIVITY_LOGGED,
            EventTypes.DUTY_ACTIVITY_WITHDRAWN, EventTypes.POINTS_ADJUSTED);

    private final JdbcClient jdbc;

    public DeputyFactsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public List<String> tables() {
        return List.of("deputy_fact", "deputy_mandate_fact", "activity_fact", "activity_participant_fact",
                "points_adjustment_fact", "group_fact");
    }

    @Override
    public void apply(ConsumedEvent event) {
        JsonNode d = event.data();
        switch (event.type()) {
            case EventTypes.DEPUTY_REGISTERED -> {
                UUID deputy = uuid(d, "deputyId");
                jdbc.sql("""
                                INSERT INTO deputy_fact (deputy_id, township_code, name) VALUES (?, ?, ?)
                                ON CONFLICT (deputy_id) DO UPDATE SET township_code = EXCLUDED.township_code, name = EXCLUDED.name""")
                        .params(deputy, d.path("townshipCode").asString(), d.path("name").asString()).update();
                d.path("mandates").forEach(m -> mandateStarted(deputy, m));
            }
            case EventTypes.MANDATE_ADDED -> mandateStarted(uuid(d, "deputyId"), d);
            case EventTypes.MANDATE_ENDED -> jdbc.sql("""
                            UPDATE deputy_mandate_fact SET ended_on = ?
                            WHERE deputy_id = ? AND level = ? AND term = ? AND congress_code = ?""")
                    .params(date(d, "endedOn"), uuid(d, "deputyId"), d.path("level").asString(), d.path("term").asInt(),
                            d.path("congressCode").asString())
                    .update();
            case EventTypes.DEPUTY_GROUP_FORMED -> jdbc.sql("""
                            INSERT INTO group_fact (group_id, township_code, name, kind, formed_on) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (group_id) DO NOTHING""")
                    .params(uuid(d, "groupId"), d.path("townshipCode").asString(), d.path("name").asString(),
                            d.path("kind").asString(), date(d, "formedOn"))
                    .update();
            case EventTypes.DUTY_ACTIVITY_LOGGED -> {
                UUID activity = uuid(d, "activityId");
                LocalDate heldOn = date(d, "heldOn");
                jdbc.sql("""
                                INSERT INTO activity_fact (activity_id, township_code, type, inspection_mode, held_on, group_id,
                                    items_collected) VALUES (?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (activity_id) DO NOTHING""")
                        .params(activity, d.path("townshipCode").asString(), d.path("type").asString(),
                                text(d, "inspectionMode"), heldOn, d.path("groupId").isString() ? uuid(d, "groupId") : null,
                                d.path("itemsCollected").asInt())
                        .update();
                d.path("deputyIds").forEach(p -> jdbc.sql("""
                                INSERT INTO activity_participant_fact (activity_id, deputy_id, held_on) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                        .params(activity, UUID.fromString(p.asString()), heldOn).update());
            }
            case EventTypes.DUTY_ACTIVITY_WITHDRAWN -> jdbc.sql("UPDATE activity_fact SET withdrawn_on = ? WHERE activity_id = ?")
                    .params(date(d, "withdrawnOn"), uuid(d, "activityId")).update();
            case EventTypes.POINTS_ADJUSTED -> jdbc.sql("""
                            INSERT INTO points_adjustment_fact (adjustment_id, deputy_id, category, points, adjusted_on)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT (adjustment_id) DO NOTHING""")
                    .params(uuid(d, "adjustmentId"), uuid(d, "deputyId"), d.path("category").asString(),
                            d.path("points").decimalValue(), date(d, "on"))
                    .update();
            default -> throw new IllegalArgumentException("not handled: " + event.type());
        }
    }

    private void mandateStarted(UUID deputy, JsonNode m) {
        jdbc.sql("""
                        INSERT INTO deputy_mandate_fact (deputy_id, level, congress_code, term, elected_on) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(deputy, m.path("level").asString(), m.path("congressCode").asString(), m.path("term").asInt(),
                        date(m, "electedOn"))
                .update();
    }

    private static UUID uuid(JsonNode d, String field) {
        return UUID.fromString(d.path(field).asString());
    }

    private static LocalDate date(JsonNode d, String field) {
        return LocalDate.parse(d.path(field).asString());
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.path(field);
        return n.isString() ? n.asString() : null;
    }
}
