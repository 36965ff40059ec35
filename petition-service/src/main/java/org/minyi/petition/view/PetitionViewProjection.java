package org.minyi.petition.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minyi.petition.model.AppointmentHeld;
import org.minyi.petition.model.CaseOwnershipTaken;
import org.minyi.petition.model.Category;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.DueStep;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.PetitionAction;
import org.minyi.petition.model.PetitionArchived;
import org.minyi.petition.model.PetitionAssigned;
import org.minyi.petition.model.PetitionCompleted;
import org.minyi.petition.model.PetitionDeadlineExtended;
import org.minyi.petition.model.PetitionInstructed;
import org.minyi.petition.model.PetitionNotAccepted;
import org.minyi.petition.model.PetitionReceived;
import org.minyi.petition.model.PetitionRegistered;
import org.minyi.petition.model.PetitionState;
import org.minyi.petition.model.PetitionSupervised;
import org.minyi.petition.model.PetitionTransferred;
import org.minyi.petition.model.PetitionerAnswered;
import org.minyi.petition.model.PetitionerDataErased;
import org.minyi.petition.model.ReturnVisitRecorded;
import org.minyi.petition.model.ReviewRequested;
import org.minyi.petition.model.Satisfaction;
import org.minyi.petition.model.SealedPetitioner;
import org.minyi.petition.personaldata.PetitionerErasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps {@code petition_view} and {@code petition_timeline} in step with the petition's events
 * (subscribing processor {@code petition-view}, in the command's transaction), and reads them.
 * {@code version} is the aggregate's last sequence number; {@code next_step} is the policy's due step
 * for the state, and the table derives {@code deadline} from it.
 */
@Component
@ProcessingGroup("petition-view")
public class PetitionViewProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<SealedPetitioner>> PETITIONERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public PetitionViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PetitionReceived e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO petition_view (id, township_code, village_code, channel, received_on, state, visitors,
                            petitioner_count, collective, subject, content, accused_unit_code, petitioners, next_step,
                            registration_deadline, disposition_deadline, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(e.petitionId(), e.townshipCode(), e.villageCode(), e.channel().name(), e.receivedOn(),
                        PetitionState.RECEIVED.name(), e.visitors(), e.petitioners().size(), e.collective(),
                        e.subject(), e.content(), e.accusedUnitCode(), JSON.writeValueAsString(e.petitioners()),
                        DueStep.REGISTER.name(), e.registrationDeadline(), e.dispositionDeadline(), sequence)
                .update();
        timeline(e.petitionId(), sequence, "RECEIVE", e.receivedOn(), e.recordedBy(), e.onBehalfOf(), recordedAt,
                details("channel", e.channel(), "visitors", e.visitors(), "petitionerCount", e.petitioners().size(),
                        "collective", e.collective(), "accusedUnitCode", e.accusedUnitCode()));
    }

    @EventHandler
    void on(PetitionRegistered e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE petition_view SET state = ?, next_step = ?, village_code = ?, category = ?,
                            flags = ?::jsonb, repeat_of = ?, registration_deadline = ?, disposition_deadline = ?,
                            version = ?
                        WHERE id = ?""")
                .params(PetitionState.REGISTERED.name(), DueStep.DISPOSE.name(), e.facts().villageCode(),
                        e.facts().category().name(), JSON.writeValueAsString(e.facts().flags()), e.repeatOf(),
                        e.registrationDeadline(), e.dispositionDeadline(), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.REGISTER.name(), e.registeredOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("category", e.facts().category(), "flags", e.facts().flags(),
                        "villageCode", e.facts().villageCode(), "repeatOf", e.repeatOf()));
    }

    @EventHandler
    void on(PetitionInstructed e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        sideStep(e.petitionId(), sequence, PetitionAction.INSTRUCT, e.on(), e.recordedBy(), e.onBehalfOf(), recordedAt,
                details("leader", e.leader(), "text", e.text()));
    }

    @EventHandler
    void on(CaseOwnershipTaken e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        sideStep(e.petitionId(), sequence, PetitionAction.TAKE_OWNERSHIP, e.on(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("leader", e.leader(), "note", e.note()));
    }

    @EventHandler
    void on(AppointmentHeld e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        sideStep(e.petitionId(), sequence, PetitionAction.HOLD_APPOINTMENT, e.on(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("leader", e.leader(), "note", e.note()));
    }

    @EventHandler
    void on(PetitionAssigned e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE petition_view SET state = ?, next_step = ?, assigned_unit_code = ?, completion_deadline = ?,
                            version = ?
                        WHERE id = ?""")
                .params(PetitionState.ASSIGNED.name(), DueStep.COMPLETE.name(), e.facts().unitCode(),
                        e.completionDeadline(), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.ASSIGN.name(), e.assignedOn(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("unitCode", e.facts().unitCode(), "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionTransferred e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE petition_view SET state = ?, next_step = ?, transferred_to = ?, completion_deadline = ?,
                            version = ?
                        WHERE id = ?""")
                .params(PetitionState.TRANSFERRED.name(), DueStep.COMPLETE.name(), e.body(), e.completionDeadline(),
                        sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.TRANSFER.name(), e.transferredOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("body", e.body(), "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionNotAccepted e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("UPDATE petition_view SET state = ?, next_step = ?, answer_deadline = ?, version = ? WHERE id = ?")
                .params(PetitionState.NOT_ACCEPTED.name(), DueStep.ANSWER.name(), e.answerDeadline(), sequence,
                        e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.NOT_ACCEPT.name(), e.decidedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("reason", e.reason(), "answerDeadline", e.answerDeadline()));
    }

    @EventHandler
    void on(PetitionSupervised e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        sideStep(e.petitionId(), sequence, PetitionAction.SUPERVISE, e.on(), e.recordedBy(), e.onBehalfOf(), recordedAt,
                details("type", e.type(), "step", e.step(), "stepDeadline", e.stepDeadline(), "note", e.note()));
    }

    @EventHandler
    void on(PetitionDeadlineExtended e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("UPDATE petition_view SET extension_used = TRUE, completion_deadline = ?, version = ? WHERE id = ?")
                .params(e.completionDeadline(), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.EXTEND.name(), e.on(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("days", e.days(), "reason", e.reason(),
                        "previousCompletionDeadline", e.previousCompletionDeadline(),
                        "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionCompleted e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("UPDATE petition_view SET state = ?, next_step = ?, answer_deadline = ?, version = ? WHERE id = ?")
                .params(PetitionState.COMPLETED.name(), DueStep.ANSWER.name(), e.answerDeadline(), sequence,
                        e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.COMPLETE.name(), e.completedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("result", e.result(), "answerDeadline", e.answerDeadline()));
    }

    @EventHandler
    void on(PetitionerAnswered e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE petition_view SET state = ?, next_step = ?, return_visit_deadline = ?,
                            review_request_deadline = ?, satisfaction = NULL, version = ?
                        WHERE id = ?""")
                .params(PetitionState.ANSWERED.name(), DueStep.RETURN_VISIT.name(), e.returnVisitDeadline(),
                        e.reviewRequestDeadline(), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.ANSWER.name(), e.answeredOn(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("channel", e.channel(), "text", e.text(),
                        "returnVisitDeadline", e.returnVisitDeadline(), "reviewRequestDeadline", e.reviewRequestDeadline()));
    }

    @EventHandler
    void on(ReturnVisitRecorded e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("UPDATE petition_view SET state = ?, next_step = ?, satisfaction = ?, version = ? WHERE id = ?")
                .params(PetitionState.VISITED.name(), DueStep.ARCHIVE.name(), e.satisfaction().name(), sequence,
                        e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.RETURN_VISIT.name(), e.visitedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("satisfaction", e.satisfaction()));
    }

    @EventHandler
    void on(ReviewRequested e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE petition_view SET state = ?, next_step = ?, round = ?, completion_deadline = ?,
                            answer_deadline = NULL, return_visit_deadline = NULL, review_request_deadline = NULL,
                            satisfaction = NULL, version = ?
                        WHERE id = ?""")
                .params(PetitionState.ASSIGNED.name(), DueStep.COMPLETE.name(), e.facts().round(),
                        e.completionDeadline(), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.REQUEST_REVIEW.name(), e.requestedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("reason", e.reason(), "unitCode", e.facts().unitCode(),
                        "round", e.facts().round(), "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionArchived e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("UPDATE petition_view SET state = ?, next_step = NULL, version = ? WHERE id = ?")
                .params(PetitionState.ARCHIVED.name(), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, PetitionAction.ARCHIVE.name(), e.archivedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, Map.of());
    }

    /** The erased persons' sealed fields leave the view too (their keys are destroyed by {@link PetitionerErasure}). */
    @EventHandler
    void on(PetitionerDataErased e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String json = jdbc.sql("SELECT petitioners FROM petition_view WHERE id = ?").param(e.petitionId())
                .query(String.class).single();
        List<SealedPetitioner> petitioners = JSON.readValue(json, PETITIONERS).stream()
                .map(p -> e.personIds().contains(p.personId()) ? new SealedPetitioner(p.personId(), null) : p)
                .toList();
        jdbc.sql("UPDATE petition_view SET petitioners = ?::jsonb, version = ? WHERE id = ?")
                .params(JSON.writeValueAsString(petitioners), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, "ERASE_PETITIONER_DATA", e.erasedOn(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("persons", e.personIds().size()));
    }

    /** A step that leaves the state as it is: a timeline entry and the new version. */
    private void sideStep(UUID id, long sequence, PetitionAction action, LocalDate on, String by, String forWhom,
                          Instant at, Map<String, Object> details) {
        jdbc.sql("UPDATE petition_view SET version = ? WHERE id = ?").params(sequence, id).update();
        timeline(id, sequence, action.name(), on, by, forWhom, at, details);
    }

    private void timeline(UUID id, long sequence, String action, LocalDate on, String by, String forWhom, Instant at,
                          Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO petition_timeline (petition_id, seq, action, business_date, recorded_by, on_behalf_of,
                            recorded_at, details)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(id, sequence, action, on, by, forWhom, java.sql.Timestamp.from(at),
                        JSON.writeValueAsString(details))
                .update();
    }

    /** Name-value pairs, leaving out the nulls; enums and dates as their JSON strings. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                map.put((String) pairs[i], value instanceof Enum<?> || value instanceof LocalDate || value instanceof UUID
                        ? value.toString() : value);
            }
        }
        return map;
    }

    public Optional<PetitionView> find(UUID id) {
        List<PetitionView.TimelineEntry> timeline = jdbc.sql("""
                        SELECT action, business_date, recorded_by, on_behalf_of, recorded_at, details
                        FROM petition_timeline WHERE petition_id = ? ORDER BY seq""")
                .param(id)
                .query((rs, i) -> new PetitionView.TimelineEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        JSON.readValue(rs.getString(6), DETAILS)))
                .list();
        return jdbc.sql("SELECT * FROM petition_view WHERE id = ?")
                .param(id)
                .query((rs, i) -> view(rs, timeline))
                .optional();
    }

    /**
     * A list's filter; null parts are not filtered on. {@code townships} limits to a scope when not null;
     * {@code overdue} is judged as of {@code today}; {@code from}/{@code to} bound the receipt date, inclusive;
     * {@code dueBefore} keeps the petitions whose pending step is due on or before it (none pending: left out);
     * {@code flags} must all be present; {@code instructed}: whether a leader's instruction was recorded;
     * {@code owner}: a leader who took the case (包案), as the step named them.
     */
    public record ListQuery(String townshipCode, List<String> townships, PetitionState state, String unitCode,
                            Boolean overdue, Category category, LocalDate from, LocalDate to, LocalDate today,
                            Channel channel, LocalDate dueBefore, List<Flag> flags, Boolean instructed, String owner) {
    }

    public long count(ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT count(*) FROM petition_view" + where).params(params).query(Long.class).single();
    }

    /** One page in the given order (ties by id). Timelines are not read: a list shows none. */
    public List<PetitionView> page(ListQuery query, PetitionListSort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("SELECT * FROM petition_view" + where + " ORDER BY " + sort.orderBy()
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> view(rs, List.of()))
                .list();
    }

    private static String where(ListQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.townshipCode() != null) {
            conditions.add("township_code = :township");
            params.put("township", query.townshipCode());
        }
        if (query.townships() != null) {
            if (query.townships().isEmpty()) {
                conditions.add("FALSE");
            } else {
                conditions.add("township_code IN (:townships)");
                params.put("townships", query.townships());
            }
        }
        if (query.state() != null) {
            conditions.add("state = :state");
            params.put("state", query.state().name());
        }
        if (query.unitCode() != null) {
            conditions.add("assigned_unit_code = :unit");
            params.put("unit", query.unitCode());
        }
        if (query.category() != null) {
            conditions.add("category = :category");
            params.put("category", query.category().name());
        }
        if (query.overdue() != null) {
            conditions.add(query.overdue() ? "deadline < :today" : "(deadline IS NULL OR deadline >= :today)");
            params.put("today", query.today());
        }
        if (query.from() != null) {
            conditions.add("received_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("received_on <= :to");
            params.put("to", query.to());
        }
        if (query.channel() != null) {
            conditions.add("channel = :channel");
            params.put("channel", query.channel().name());
        }
        if (query.dueBefore() != null) {
            // The deadline of the step the petition waits for; null (nothing pending) never matches.
            conditions.add("deadline <= :dueBefore");
            params.put("dueBefore", query.dueBefore());
        }
        if (query.flags() != null && !query.flags().isEmpty()) {
            conditions.add("flags @> CAST(:flags AS jsonb)");
            params.put("flags", JSON.writeValueAsString(query.flags().stream().distinct().map(Flag::name).toList()));
        }
        if (query.instructed() != null) {
            conditions.add((query.instructed() ? "" : "NOT ") + """
                    EXISTS (SELECT 1 FROM petition_timeline t WHERE t.petition_id = petition_view.id
                        AND t.action = '""" + PetitionAction.INSTRUCT.name() + "')");
        }
        if (query.owner() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM petition_timeline o WHERE o.petition_id = petition_view.id
                        AND o.action = '""" + PetitionAction.TAKE_OWNERSHIP.name() + "' AND o.details ->> 'leader' = :owner)");
            params.put("owner", query.owner());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static PetitionView view(ResultSet rs, List<PetitionView.TimelineEntry> timeline) throws SQLException {
        String category = rs.getString("category");
        String satisfaction = rs.getString("satisfaction");
        String nextStep = rs.getString("next_step");
        return new PetitionView(
                rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getString("village_code"),
                Channel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
                PetitionState.valueOf(rs.getString("state")), (Integer) rs.getObject("visitors"),
                rs.getInt("petitioner_count"), rs.getBoolean("collective"), rs.getString("subject"),
                rs.getString("content"), rs.getString("accused_unit_code"), rs.getString("assigned_unit_code"),
                JSON.readValue(rs.getString("petitioners"), PETITIONERS),
                category == null ? null : Category.valueOf(category), JSON.readValue(rs.getString("flags"), FLAGS),
                rs.getObject("repeat_of", UUID.class), rs.getString("transferred_to"), rs.getInt("round"),
                rs.getBoolean("extension_used"), satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                nextStep == null ? null : DueStep.valueOf(nextStep), rs.getObject("deadline", LocalDate.class),
                new PetitionView.StepDeadlines(rs.getObject("registration_deadline", LocalDate.class),
                        rs.getObject("disposition_deadline", LocalDate.class),
                        rs.getObject("completion_deadline", LocalDate.class),
                        rs.getObject("answer_deadline", LocalDate.class),
                        rs.getObject("return_visit_deadline", LocalDate.class),
                        rs.getObject("review_request_deadline", LocalDate.class)),
                rs.getLong("version"), timeline);
    }
}
