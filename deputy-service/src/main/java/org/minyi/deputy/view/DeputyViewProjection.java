package org.minyi.deputy.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.minyi.deputy.model.DeputyRegistered;
import org.minyi.deputy.model.MandateAdded;
import org.minyi.deputy.model.MandateEnded;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.NewMandate;
import org.minyi.deputy.model.PointsAdjusted;
import org.minyi.deputy.model.PrivateContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps {@code deputy_view} and {@code deputy_mandate} in step with the deputy's events (subscribing
 * processor {@code deputy-view}, in the command's transaction); {@link DeputyQueries} reads them. {@code version} is the
 * aggregate's last sequence number.
 */
@Component
@ProcessingGroup("deputy-view")
public class DeputyViewProjection {

    private final JdbcClient jdbc;

    public DeputyViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeputyRegistered e, @SequenceNumber long sequence) {
        PrivateContact contact = e.contact();
        jdbc.sql("""
                        INSERT INTO deputy_view (id, township_code, name, gender, birth_date, ethnicity, party, occupation,
                            electoral_district, phone, address, recorded_by, on_behalf_of, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.deputyId(), e.townshipCode(), e.name(), e.gender().name(), e.birthDate(), e.ethnicity(),
                        e.party().name(), e.occupation().name(), e.electoralDistrict(),
                        contact == null ? null : contact.phone(), contact == null ? null : contact.address(),
                        e.recordedBy(), e.onBehalfOf(), sequence)
                .update();
        for (int i = 0; i < e.mandates().size(); i++) {
            NewMandate m = e.mandates().get(i);
            insertMandate(e.deputyId(), i, m.level(), m.congressCode(), m.term(), m.electedOn());
        }
    }

    @EventHandler
    void on(MandateAdded e, @SequenceNumber long sequence) {
        int next = jdbc.sql("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM deputy_mandate WHERE deputy_id = ?")
                .param(e.deputyId()).query(Integer.class).single();
        insertMandate(e.deputyId(), next, e.level(), e.congressCode(), e.term(), e.electedOn());
        version(e.deputyId(), sequence);
    }

    @EventHandler
    void on(MandateEnded e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE deputy_mandate SET status = ?, ended_on = ?, end_reason = ?
                        WHERE deputy_id = ? AND level = ? AND status = ?""")
                .params(MandateStatus.SERVING.afterEnd().name(), e.endedOn(), e.reason().name(), e.deputyId(),
                        e.level().name(), MandateStatus.SERVING.name())
                .update();
        version(e.deputyId(), sequence);
    }

    @EventHandler
    void on(PointsAdjusted e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO deputy_points_adjustment (id, deputy_id, category, points, reason, adjusted_on,
                            recorded_by, on_behalf_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.adjustmentId(), e.deputyId(), e.category().name(), e.points(), e.reason(), e.on(),
                        e.recordedBy(), e.onBehalfOf())
                .update();
        version(e.deputyId(), sequence);
    }

    private void insertMandate(UUID deputyId, int ordinal, MandateLevel level, String congressCode, int term,
                               LocalDate electedOn) {
        jdbc.sql("""
                        INSERT INTO deputy_mandate (deputy_id, ordinal, level, congress_code, term, elected_on, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(deputyId, ordinal, level.name(), congressCode, term, electedOn, MandateStatus.onElection().name())
                .update();
    }

    private void version(UUID deputyId, long sequence) {
        jdbc.sql("UPDATE deputy_view SET version = ? WHERE id = ?").params(sequence, deputyId).update();
    }
}
