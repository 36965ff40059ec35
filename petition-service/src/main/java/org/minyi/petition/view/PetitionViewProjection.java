package org.minyi.petition.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minyi.petition.model.AppointmentHeld;
import org.minyi.petition.model.CaseOwnershipTaken;
import org.minyi.petition.model.DueStep;
import org.minyi.petition.model.PetitionAction;
import org.minyi.petition.model.PetitionArchived;
import org.minyi.petition.model.PetitionAssigned;
import org.minyi.petition.model.PetitionCompleted;
import org.minyi.petition.model.PetitionDeadlineExtended;
import org.minyi.petition.model.PetitionInstructed;
import org.minyi.petition.model.PetitionLifecyclePolicy;
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
import org.minyi.petition.model.SealedPetitioner;
import org.minyi.petition.model.StepDeadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps {@code petition_view} and {@code petition_timeline} in step with the petition's events (subscribing
 * processor {@code petition-view}, in the command's transaction); {@link PetitionViews} reads them. Each
 * handler writes what its event says; the state after the step, the step the petition then waits for and
 * that step's deadline come from the model ({@link PetitionLifecyclePolicy}, {@link StepDeadlines}), never
 * typed again here. {@code version} is the aggregate's last sequence number.
 */
@Component
@ProcessingGroup("petition-view")
public class PetitionViewProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public PetitionViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PetitionReceived e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        DueStep next = PetitionLifecyclePolicy.dueStep(PetitionState.RECEIVED);
        StepDeadlines deadlines = new StepDeadlines(e.registrationDeadline(), e.dispositionDeadline(), null, null,
                null, null);
        jdbc.sql("""
                        INSERT INTO petition_view (id, township_code, village_code, channel, received_on, state, visitors,
                            petitioner_count, collective, subject, content, accused_unit_code, petitioners, next_step,
                            deadline, registration_deadline, disposition_deadline, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(e.petitionId(), e.townshipCode(), e.villageCode(), e.channel().name(), e.receivedOn(),
                        PetitionState.RECEIVED.name(), e.visitors(), e.petitioners().size(), e.collective(),
                        e.subject(), e.content(), e.accusedUnitCode(), JSON.writeValueAsString(e.petitioners()),
                        next.name(), deadlines.of(next), e.registrationDeadline(), e.dispositionDeadline(), sequence)
                .update();
        timeline(e.petitionId(), sequence, "RECEIVE", e.receivedOn(), e.recordedBy(), e.onBehalfOf(), recordedAt,
                details("channel", e.channel(), "visitors", e.visitors(), "petitionerCount", e.petitioners().size(),
                        "collective", e.collective(), "accusedUnitCode", e.accusedUnitCode()));
    }

    @EventHandler
    void on(PetitionRegistered e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.REGISTER, columns("village_code", e.facts().villageCode(),
                "category", e.facts().category().name(), "flags", json(e.facts().flags()), "repeat_of", e.repeatOf(),
                "registration_deadline", e.registrationDeadline(), "disposition_deadline", e.dispositionDeadline()));
        timeline(e.petitionId(), sequence, PetitionAction.REGISTER.name(), e.registeredOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("category", e.facts().category(), "flags", e.facts().flags(),
                        "villageCode", e.facts().villageCode(), "repeatOf", e.repeatOf()));
    }

    @EventHandler
    void on(PetitionInstructed e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.INSTRUCT, Map.of());
        timeline(e.petitionId(), sequence, PetitionAction.INSTRUCT.name(), e.on(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("leader", e.leader(), "text", e.text()));
    }

    @EventHandler
    void on(CaseOwnershipTaken e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.TAKE_OWNERSHIP, Map.of());
        timeline(e.petitionId(), sequence, PetitionAction.TAKE_OWNERSHIP.name(), e.on(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("leader", e.leader(), "note", e.note()));
    }

    @EventHandler
    void on(AppointmentHeld e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.HOLD_APPOINTMENT, Map.of());
        timeline(e.petitionId(), sequence, PetitionAction.HOLD_APPOINTMENT.name(), e.on(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("leader", e.leader(), "note", e.note()));
    }

    @EventHandler
    void on(PetitionAssigned e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.ASSIGN, columns("assigned_unit_code", e.facts().unitCode(),
                "completion_deadline", e.completionDeadline()));
        timeline(e.petitionId(), sequence, PetitionAction.ASSIGN.name(), e.assignedOn(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("unitCode", e.facts().unitCode(), "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionTransferred e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.TRANSFER, columns("transferred_to", e.body(),
                "completion_deadline", e.completionDeadline()));
        timeline(e.petitionId(), sequence, PetitionAction.TRANSFER.name(), e.transferredOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("body", e.body(), "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionNotAccepted e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.NOT_ACCEPT, columns("answer_deadline", e.answerDeadline()));
        timeline(e.petitionId(), sequence, PetitionAction.NOT_ACCEPT.name(), e.decidedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("reason", e.reason(), "answerDeadline", e.answerDeadline()));
    }

    @EventHandler
    void on(PetitionSupervised e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.SUPERVISE, Map.of());
        timeline(e.petitionId(), sequence, PetitionAction.SUPERVISE.name(), e.on(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("type", e.type(), "step", e.step(), "stepDeadline", e.stepDeadline(),
                        "note", e.note()));
    }

    @EventHandler
    void on(PetitionDeadlineExtended e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.EXTEND, columns("extension_used", true,
                "completion_deadline", e.completionDeadline()));
        timeline(e.petitionId(), sequence, PetitionAction.EXTEND.name(), e.on(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("days", e.days(), "reason", e.reason(),
                        "previousCompletionDeadline", e.previousCompletionDeadline(),
                        "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionCompleted e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.COMPLETE, columns("answer_deadline", e.answerDeadline()));
        timeline(e.petitionId(), sequence, PetitionAction.COMPLETE.name(), e.completedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("result", e.result(), "answerDeadline", e.answerDeadline()));
    }

    @EventHandler
    void on(PetitionerAnswered e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.ANSWER, columns("return_visit_deadline",
                e.returnVisitDeadline(), "review_request_deadline", e.reviewRequestDeadline(), "satisfaction", null));
        timeline(e.petitionId(), sequence, PetitionAction.ANSWER.name(), e.answeredOn(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("channel", e.channel(), "text", e.text(),
                        "returnVisitDeadline", e.returnVisitDeadline(), "reviewRequestDeadline", e.reviewRequestDeadline()));
    }

    @EventHandler
    void on(ReturnVisitRecorded e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.RETURN_VISIT, columns("satisfaction", e.satisfaction().name()));
        timeline(e.petitionId(), sequence, PetitionAction.RETURN_VISIT.name(), e.visitedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("satisfaction", e.satisfaction()));
    }

    @EventHandler
    void on(ReviewRequested e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.REQUEST_REVIEW, columns("round", e.facts().round(),
                "completion_deadline", e.completionDeadline(), "answer_deadline", null, "return_visit_deadline", null,
                "review_request_deadline", null, "satisfaction", null));
        timeline(e.petitionId(), sequence, PetitionAction.REQUEST_REVIEW.name(), e.requestedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, details("reason", e.reason(), "unitCode", e.facts().unitCode(),
                        "round", e.facts().round(), "completionDeadline", e.completionDeadline()));
    }

    @EventHandler
    void on(PetitionArchived e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepped(e.petitionId(), sequence, PetitionAction.ARCHIVE, Map.of());
        timeline(e.petitionId(), sequence, PetitionAction.ARCHIVE.name(), e.archivedOn(), e.recordedBy(),
                e.onBehalfOf(), recordedAt, Map.of());
    }

    /** The erased persons' sealed fields leave the view too (their keys are destroyed in personaldata). */
    @EventHandler
    void on(PetitionerDataErased e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String json = jdbc.sql("SELECT petitioners FROM petition_view WHERE id = ?").param(e.petitionId())
                .query(String.class).single();
        List<SealedPetitioner> petitioners = JSON.readValue(json, PetitionViews.PETITIONERS).stream()
                .map(p -> e.personIds().contains(p.personId()) ? new SealedPetitioner(p.personId(), null) : p)
                .toList();
        jdbc.sql("UPDATE petition_view SET petitioners = ?::jsonb, version = ? WHERE id = ?")
                .params(JSON.writeValueAsString(petitioners), sequence, e.petitionId())
                .update();
        timeline(e.petitionId(), sequence, "ERASE_PETITIONER_DATA", e.erasedOn(), e.recordedBy(), e.onBehalfOf(),
                recordedAt, details("persons", e.personIds().size()));
    }

    /**
     * A step recorded: the event's own columns, then the state it leads to, the step the petition then waits
     * for and that step's deadline, as the model says, and the new version.
     */
    private void stepped(UUID id, long sequence, PetitionAction action, Map<String, Object> columns) {
        if (!columns.isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>(columns);
            params.put("id", id);
            // Column names are this class's constants, never input.
            jdbc.sql("UPDATE petition_view SET " + String.join(", ", columns.keySet().stream()
                            .map(c -> c + " = " + (c.equals("flags") ? "CAST(:flags AS jsonb)" : ":" + c)).toList())
                            + " WHERE id = :id")
                    .params(params).update();
        }
        var stored = jdbc.sql("""
                        SELECT state, registration_deadline, disposition_deadline, completion_deadline, answer_deadline,
                            return_visit_deadline, review_request_deadline
                        FROM petition_view WHERE id = ?""").param(id)
                .query((rs, i) -> Map.entry(PetitionState.valueOf(rs.getString("state")), PetitionViews.deadlines(rs)))
                .single();
        PetitionState state = PetitionLifecyclePolicy.after(stored.getKey(), action);
        DueStep next = PetitionLifecyclePolicy.dueStep(state);
        jdbc.sql("UPDATE petition_view SET state = ?, next_step = ?, deadline = ?, version = ? WHERE id = ?")
                .params(state.name(), next == null ? null : next.name(), stored.getValue().of(next), sequence, id)
                .update();
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

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Column-value pairs; nulls kept (a step may clear a column). */
    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
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
}
