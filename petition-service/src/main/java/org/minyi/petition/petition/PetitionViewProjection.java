package org.minyi.petition.petition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps {@code petition_view} and {@code petition_timeline} in step with the petition's events, and reads them. */
@Component
@ProcessingGroup("petition-view")
public class PetitionViewProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Petitioner>> PETITIONERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public PetitionViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PetitionReceived e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO petition_view (id, township_code, village_code, channel, received_on, state, visitors,
                            petitioner_count, collective, subject, content, accused_unit_code, petitioners, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(e.petitionId(), e.townshipCode(), e.villageCode(), e.channel().name(), e.receivedOn(),
                        PetitionState.RECEIVED.name(), e.visitors(), e.petitioners().size(), e.collective(),
                        e.subject(), e.content(), e.accusedUnitCode(), JSON.writeValueAsString(e.petitioners()), sequence)
                .update();
        timeline(e.petitionId(), sequence, "RECEIVE", e.receivedOn(), e.recordedBy(), e.onBehalfOf(), recordedAt);
    }

    private void timeline(UUID id, long sequence, String action, java.time.LocalDate on, String by, String forWhom,
                          Instant at) {
        jdbc.sql("""
                        INSERT INTO petition_timeline (petition_id, seq, action, business_date, recorded_by, on_behalf_of,
                            recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sequence, action, on, by, forWhom, java.sql.Timestamp.from(at))
                .update();
    }

    public Optional<PetitionView> find(UUID id) {
        List<PetitionView.TimelineEntry> timeline = jdbc.sql("""
                        SELECT action, business_date, recorded_by, on_behalf_of, recorded_at FROM petition_timeline
                        WHERE petition_id = ? ORDER BY seq""")
                .param(id)
                .query((rs, i) -> new PetitionView.TimelineEntry(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        return jdbc.sql("SELECT * FROM petition_view WHERE id = ?")
                .param(id)
                .query((rs, i) -> new PetitionView(
                        rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getString("village_code"),
                        Channel.valueOf(rs.getString("channel")), rs.getObject("received_on", java.time.LocalDate.class),
                        PetitionState.valueOf(rs.getString("state")), (Integer) rs.getObject("visitors"),
                        rs.getInt("petitioner_count"), rs.getBoolean("collective"), rs.getString("subject"),
                        rs.getString("content"), rs.getString("accused_unit_code"), rs.getString("assigned_unit_code"),
                        JSON.readValue(rs.getString("petitioners"), PETITIONERS), rs.getLong("version"), timeline))
                .optional();
    }
}
