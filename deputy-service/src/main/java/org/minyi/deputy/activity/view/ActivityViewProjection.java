package org.minyi.deputy.activity.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.minyi.deputy.activity.model.DutyActivityLogged;
import org.minyi.deputy.activity.model.DutyActivityWithdrawn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Keeps the activity tables in step with the activities' events (subscribing processor {@code deputy-view}). */
@Component
@ProcessingGroup("deputy-view")
public class ActivityViewProjection {

    private final JdbcClient jdbc;

    public ActivityViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DutyActivityLogged e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO duty_activity_view (id, type, inspection_mode, held_on, township_code, group_id, place,
                            notes, items_collected, evaluated_unit_code, recorded_by, on_behalf_of, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.activityId(), e.type().name(), e.inspectionMode() == null ? null : e.inspectionMode().name(),
                        e.heldOn(), e.townshipCode(), e.groupId(), e.place(), e.notes(), e.itemsCollected(),
                        e.evaluatedUnitCode(), e.recordedBy(), e.onBehalfOf(), sequence)
                .update();
        for (UUID deputy : e.deputyIds()) {
            jdbc.sql("INSERT INTO duty_activity_participant (activity_id, deputy_id) VALUES (?, ?)")
                    .params(e.activityId(), deputy).update();
        }
    }

    @EventHandler
    void on(DutyActivityWithdrawn e, @SequenceNumber long sequence) {
        jdbc.sql("UPDATE duty_activity_view SET withdrawn_on = ?, withdraw_reason = ?, version = ? WHERE id = ?")
                .params(e.withdrawnOn(), e.reason(), sequence, e.activityId()).update();
    }
}
