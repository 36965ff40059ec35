package org.minyi.proposal.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minyi.proposal.model.ProposalAssigned;
import org.minyi.proposal.model.ProposalClosed;
import org.minyi.proposal.model.ProposalConsultationHeld;
import org.minyi.proposal.model.ProposalConsultationWaived;
import org.minyi.proposal.model.ProposalConverted;
import org.minyi.proposal.model.ProposalDeferred;
import org.minyi.proposal.model.ProposalEscalated;
import org.minyi.proposal.model.ProposalEvaluated;
import org.minyi.proposal.model.ProposalImplementationRecorded;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ProposalLifecycle;
import org.minyi.proposal.model.ProposalRegistered;
import org.minyi.proposal.model.ProposalRehandlingStarted;
import org.minyi.proposal.model.ProposalRejected;
import org.minyi.proposal.model.ProposalReplied;
import org.minyi.proposal.model.ProposalSubmitted;
import org.minyi.proposal.model.ProposalSupervisionRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps {@code proposal_view}, its signers, units and timeline in step with the proposal's events
 * (subscribing processor {@code proposal-view}, in the command's transaction). The state after each event is
 * {@link ProposalLifecycle#stateAfter}'s, as in the aggregate. {@link ProposalQueries} reads what this writes.
 */
@Component
@ProcessingGroup("proposal-view")
public class ProposalViewProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public ProposalViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalSubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO proposal_view (id, kind, congress_code, township_code, session_id, submitted_on,
                            lead_deputy_id, title, content, category, state, round, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(e.proposalId(), e.kind().name(), e.congressCode(), e.townshipCode(), e.sessionId(),
                        e.submittedOn(), e.leadDeputyId(), e.title(), e.content(), e.category().name(),
                        ProposalLifecycle.stateAfter(e).orElseThrow().name(), seq)
                .update();
        jdbc.sql("INSERT INTO proposal_signer (proposal_id, deputy_id, ordinal) VALUES (?, ?, 0)")
                .params(e.proposalId(), e.leadDeputyId()).update();
        for (int i = 0; i < e.coSignerIds().size(); i++) {
            jdbc.sql("INSERT INTO proposal_signer (proposal_id, deputy_id, ordinal) VALUES (?, ?, ?)")
                    .params(e.proposalId(), e.coSignerIds().get(i), i + 1).update();
        }
        timeline(e.proposalId(), seq, "SUBMIT", 1, e.submittedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("kind", e.kind(), "sessionId", e.sessionId(), "signers", e.coSignerIds().size() + 1));
    }

    @EventHandler
    void on(ProposalRegistered e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        timeline(e.proposalId(), seq, "REGISTER", 1, e.registeredOn(), e.recordedBy(), e.onBehalfOf(), at, Map.of());
    }

    @EventHandler
    void on(ProposalRejected e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        timeline(e.proposalId(), seq, "REJECT", 1, e.rejectedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("reason", e.reason()));
    }

    @EventHandler
    void on(ProposalConverted e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("UPDATE proposal_view SET kind = ? WHERE id = ?").params(ProposalKind.SUGGESTION.name(), e.proposalId()).update();
        timeline(e.proposalId(), seq, "CONVERT", 1, e.convertedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("to", ProposalKind.SUGGESTION, "reason", e.reason()));
    }

    @EventHandler
    void on(ProposalAssigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("""
                        UPDATE proposal_view SET lead_unit_code = ?, responsible_leader = ?, handler = ?, complex = ?,
                            assigned_on = ?, deadline = ? WHERE id = ?""")
                .params(e.leadUnitCode(), e.responsibleLeader(), e.handler(), e.complex(), e.assignedOn(),
                        e.replyDueOn(), e.proposalId())
                .update();
        jdbc.sql("INSERT INTO proposal_unit (proposal_id, unit_code, lead) VALUES (?, ?, TRUE)")
                .params(e.proposalId(), e.leadUnitCode()).update();
        for (String unit : e.coUnitCodes()) {
            jdbc.sql("INSERT INTO proposal_unit (proposal_id, unit_code, lead) VALUES (?, ?, FALSE)")
                    .params(e.proposalId(), unit).update();
        }
        timeline(e.proposalId(), seq, "ASSIGN", e.round(), e.assignedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("leadUnitCode", e.leadUnitCode(), "coUnitCodes", e.coUnitCodes(), "responsibleLeader",
                        e.responsibleLeader(), "handler", e.handler(), "complex", e.complex(), "replyDueOn",
                        e.replyDueOn()));
    }

    @EventHandler
    void on(ProposalConsultationHeld e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        timeline(e.proposalId(), seq, "CONSULT", e.round(), e.heldOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("form", e.form(), "attendees", e.attendees()));
    }

    @EventHandler
    void on(ProposalConsultationWaived e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        timeline(e.proposalId(), seq, "WAIVE_CONSULTATION", e.round(), e.waivedOn(), e.recordedBy(), e.onBehalfOf(),
                at, details("note", e.note()));
    }

    @EventHandler
    void on(ProposalReplied e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("""
                        UPDATE proposal_view SET latest_reply_class = ?, planned_completion_on = ?, implemented = NULL
                        WHERE id = ?""")
                .params(e.replyClass().name(), e.plannedCompletionOn(), e.proposalId())
                .update();
        timeline(e.proposalId(), seq, "REPLY", e.round(), e.repliedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("replyClass", e.replyClass(), "text", e.text(), "plannedCompletionOn",
                        e.plannedCompletionOn(), "consulted", e.consulted()));
    }

    @EventHandler
    void on(ProposalEvaluated e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("UPDATE proposal_view SET latest_evaluation = ? WHERE id = ?").params(e.result().name(), e.proposalId()).update();
        timeline(e.proposalId(), seq, "EVALUATE", e.round(), e.evaluatedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("result", e.result(), "comment", e.comment()));
    }

    @EventHandler
    void on(ProposalRehandlingStarted e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("UPDATE proposal_view SET round = ?, deadline = ? WHERE id = ?")
                .params(e.round(), e.replyDueOn(), e.proposalId()).update();
        timeline(e.proposalId(), seq, "START_REHANDLING", e.round(), e.startedOn(), e.recordedBy(), e.onBehalfOf(),
                at, details("replyDueOn", e.replyDueOn()));
    }

    @EventHandler
    void on(ProposalClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        timeline(e.proposalId(), seq, "CLOSE", e.round(), e.closedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("byPresidium", e.byPresidium(), "note", e.note()));
    }

    @EventHandler
    void on(ProposalDeferred e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("UPDATE proposal_view SET deferred_until = ? WHERE id = ?").params(e.latestOn(), e.proposalId()).update();
        timeline(e.proposalId(), seq, "DEFER", e.round(), e.deferredOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("latestOn", e.latestOn(), "measures", e.measures()));
    }

    @EventHandler
    void on(ProposalEscalated e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("UPDATE proposal_view SET escalated_to = ? WHERE id = ?").params(e.toLevel().name(), e.proposalId()).update();
        timeline(e.proposalId(), seq, "ESCALATE", round(e.proposalId()), e.escalatedOn(), e.recordedBy(),
                e.onBehalfOf(), at, details("toLevel", e.toLevel(), "note", e.note()));
    }

    @EventHandler
    void on(ProposalImplementationRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        jdbc.sql("UPDATE proposal_view SET implemented = ? WHERE id = ?").params(e.implemented(), e.proposalId()).update();
        timeline(e.proposalId(), seq, "RECORD_IMPLEMENTATION", round(e.proposalId()), e.recordedOn(), e.recordedBy(),
                e.onBehalfOf(), at, details("implemented", e.implemented()));
    }

    @EventHandler
    void on(ProposalSupervisionRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        advance(e.proposalId(), e, seq);
        timeline(e.proposalId(), seq, "SUPERVISE", round(e.proposalId()), e.on(), e.recordedBy(), e.onBehalfOf(), at,
                details("type", e.type(), "note", e.note()));
    }

    /** Every event after the first: the state it leads to, if any, and the item's new version. */
    private void advance(UUID id, Object event, long seq) {
        jdbc.sql("UPDATE proposal_view SET state = COALESCE(?, state), version = ? WHERE id = ?")
                .params(ProposalLifecycle.stateAfter(event).map(Enum::name).orElse(null), seq, id).update();
    }

    private int round(UUID id) {
        return jdbc.sql("SELECT round FROM proposal_view WHERE id = ?").param(id).query(Integer.class).single();
    }

    /** Particulars of a step, nulls left out, dates and enums as text. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof LocalDate || value instanceof Enum<?>) {
                value = value.toString();
            }
            if (value != null) {
                map.put((String) pairs[i], value);
            }
        }
        return map;
    }

    private void timeline(UUID id, long seq, String action, int round, LocalDate on, String by, String forWhom,
                          Instant at, Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO proposal_timeline (proposal_id, seq, action, round, business_date, recorded_by,
                            on_behalf_of, recorded_at, details)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(id, seq, action, round, on, by, forWhom, java.sql.Timestamp.from(at),
                        JSON.writeValueAsString(details))
                .update();
    }
}
