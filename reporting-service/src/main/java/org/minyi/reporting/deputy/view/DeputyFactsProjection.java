package org.minyi.reporting.deputy.view;

import org.minyi.contract.EventTypes;
import org.minyi.reporting.kernel.EventData;
import org.minyi.reporting.kernel.FactsProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
public class DeputyFactsProjection extends FactsProjection {

    private static final Set<String> TYPES = Set.of(EventTypes.DEPUTY_REGISTERED, EventTypes.MANDATE_ADDED,
            EventTypes.MANDATE_ENDED, EventTypes.DEPUTY_GROUP_FORMED, EventTypes.DUTY_ACTIVITY_LOGGED,
            EventTypes.DUTY_ACTIVITY_WITHDRAWN, EventTypes.POINTS_ADJUSTED);

    public DeputyFactsProjection(JdbcClient jdbc) {
        super(jdbc, TYPES, List.of("deputy_fact", "deputy_mandate_fact", "activity_fact", "activity_participant_fact",
                "points_adjustment_fact", "group_fact"));
    }

    @Override
    protected void apply(String type, EventData d) {
        switch (type) {
            case EventTypes.DEPUTY_REGISTERED -> {
                UUID deputy = d.uuid("deputyId");
                jdbc.sql("""
                                INSERT INTO deputy_fact (deputy_id, township_code, name) VALUES (?, ?, ?)
                                ON CONFLICT (deputy_id) DO UPDATE SET township_code = EXCLUDED.township_code, name = EXCLUDED.name""")
                        .params(deputy, d.text("townshipCode"), d.text("name")).update();
                d.objects("mandates").forEach(m -> mandateStarted(deputy, m));
            }
            case EventTypes.MANDATE_ADDED -> mandateStarted(d.uuid("deputyId"), d);
            case EventTypes.MANDATE_ENDED -> jdbc.sql("""
                            UPDATE deputy_mandate_fact SET ended_on = ?
                            WHERE deputy_id = ? AND level = ? AND term = ? AND congress_code = ?""")
                    .params(d.date("endedOn"), d.uuid("deputyId"), d.text("level"), d.integer("term"),
                            d.text("congressCode"))
                    .update();
            case EventTypes.DEPUTY_GROUP_FORMED -> jdbc.sql("""
                            INSERT INTO group_fact (group_id, township_code, name, kind, formed_on) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (group_id) DO NOTHING""")
                    .params(d.uuid("groupId"), d.text("townshipCode"), d.text("name"),
                            d.text("kind"), d.date("formedOn"))
                    .update();
            case EventTypes.DUTY_ACTIVITY_LOGGED -> {
                UUID activity = d.uuid("activityId");
                LocalDate heldOn = d.date("heldOn");
                jdbc.sql("""
                                INSERT INTO activity_fact (activity_id, township_code, type, inspection_mode, held_on, group_id,
                                    items_collected) VALUES (?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (activity_id) DO NOTHING""")
                        .params(activity, d.text("townshipCode"), d.text("type"),
                                d.textOrNull("inspectionMode"), heldOn, d.uuidOrNull("groupId"),
                                d.integer("itemsCollected"))
                        .update();
                d.uuids("deputyIds").forEach(p -> jdbc.sql("""
                                INSERT INTO activity_participant_fact (activity_id, deputy_id, held_on) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                        .params(activity, p, heldOn).update());
            }
            case EventTypes.DUTY_ACTIVITY_WITHDRAWN -> jdbc.sql("UPDATE activity_fact SET withdrawn_on = ? WHERE activity_id = ?")
                    .params(d.date("withdrawnOn"), d.uuid("activityId")).update();
            case EventTypes.POINTS_ADJUSTED -> jdbc.sql("""
                            INSERT INTO points_adjustment_fact (adjustment_id, deputy_id, category, points, adjusted_on)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT (adjustment_id) DO NOTHING""")
                    .params(d.uuid("adjustmentId"), d.uuid("deputyId"), d.text("category"),
                            d.decimal("points"), d.date("on"))
                    .update();
            default -> throw new IllegalArgumentException("not handled: " + type);
        }
    }

    private void mandateStarted(UUID deputy, EventData m) {
        jdbc.sql("""
                        INSERT INTO deputy_mandate_fact (deputy_id, level, congress_code, term, elected_on) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(deputy, m.text("level"), m.text("congressCode"), m.integer("term"),
                        m.date("electedOn"))
                .update();
    }
}
