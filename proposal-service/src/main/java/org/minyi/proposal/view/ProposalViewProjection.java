package org.minyi.proposal.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minyi.proposal.model.EscalationLevel;
import org.minyi.proposal.model.EvaluationResult;
import org.minyi.proposal.model.ProposalAssigned;
import org.minyi.proposal.model.ProposalCategory;
import org.minyi.proposal.model.ProposalClosed;
import org.minyi.proposal.model.ProposalConsultationHeld;
import org.minyi.proposal.model.ProposalConsultationWaived;
import org.minyi.proposal.model.ProposalConverted;
import org.minyi.proposal.model.ProposalDeferred;
import org.minyi.proposal.model.ProposalEscalated;
import org.minyi.proposal.model.ProposalEvaluated;
import org.minyi.proposal.model.ProposalImplementationRecorded;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ProposalRegistered;
import org.minyi.proposal.model.ProposalRehandlingStarted;
import org.minyi.proposal.model.ProposalRejected;
import org.minyi.proposal.model.ProposalReplied;
import org.minyi.proposal.model.ProposalState;
import org.minyi.proposal.model.ProposalSubmitted;
import org.minyi.proposal.model.ProposalSupervisionRecorded;
import org.minyi.proposal.model.ReplyClass;
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
import java.util.stream.Collectors;

/**
 * Keeps {@code proposal_view}, its signers, units and timeline in step with the proposal's events
 * (subscribing processor {@code proposal-view}, in the command's transaction), and reads them.
 */
@Component
@ProcessingGroup("proposal-view")
public class ProposalViewProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

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
                        ProposalState.SUBMITTED.name(), seq)
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
        state(e.proposalId(), ProposalState.REGISTERED, seq);
        timeline(e.proposalId(), seq, "REGISTER", 1, e.registeredOn(), e.recordedBy(), e.onBehalfOf(), at, Map.of());
    }

    @EventHandler
    void on(ProposalRejected e, @SequenceNumber long seq, @Timestamp Instant at) {
        state(e.proposalId(), ProposalState.REJECTED, seq);
        timeline(e.proposalId(), seq, "REJECT", 1, e.rejectedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("reason", e.reason()));
    }

    @EventHandler
    void on(ProposalConverted e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET kind = ?, version = ? WHERE id = ?")
                .params(ProposalKind.SUGGESTION.name(), seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "CONVERT", 1, e.convertedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("to", ProposalKind.SUGGESTION, "reason", e.reason()));
    }

    @EventHandler
    void on(ProposalAssigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE proposal_view SET state = ?, lead_unit_code = ?, responsible_leader = ?, handler = ?,
                            complex = ?, assigned_on = ?, deadline = ?, version = ? WHERE id = ?""")
                .params(ProposalState.ASSIGNED.name(), e.leadUnitCode(), e.responsibleLeader(), e.handler(),
                        e.complex(), e.assignedOn(), e.replyDueOn(), seq, e.proposalId())
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
        state(e.proposalId(), ProposalState.CONSULTED, seq);
        timeline(e.proposalId(), seq, "CONSULT", e.round(), e.heldOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("form", e.form(), "attendees", e.attendees()));
    }

    @EventHandler
    void on(ProposalConsultationWaived e, @SequenceNumber long seq, @Timestamp Instant at) {
        state(e.proposalId(), ProposalState.CONSULTED, seq);
        timeline(e.proposalId(), seq, "WAIVE_CONSULTATION", e.round(), e.waivedOn(), e.recordedBy(), e.onBehalfOf(),
                at, details("note", e.note()));
    }

    @EventHandler
    void on(ProposalReplied e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE proposal_view SET state = ?, latest_reply_class = ?, planned_completion_on = ?,
                            implemented = NULL, version = ? WHERE id = ?""")
                .params(ProposalState.REPLIED.name(), e.replyClass().name(), e.plannedCompletionOn(), seq,
                        e.proposalId())
                .update();
        timeline(e.proposalId(), seq, "REPLY", e.round(), e.repliedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("replyClass", e.replyClass(), "text", e.text(), "plannedCompletionOn",
                        e.plannedCompletionOn(), "consulted", e.consulted()));
    }

    @EventHandler
    void on(ProposalEvaluated e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET state = ?, latest_evaluation = ?, version = ? WHERE id = ?")
                .params(ProposalState.EVALUATED.name(), e.result().name(), seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "EVALUATE", e.round(), e.evaluatedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("result", e.result(), "comment", e.comment()));
    }

    @EventHandler
    void on(ProposalRehandlingStarted e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET state = ?, round = ?, deadline = ?, version = ? WHERE id = ?")
                .params(ProposalState.REHANDLING.name(), e.round(), e.replyDueOn(), seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "START_REHANDLING", e.round(), e.startedOn(), e.recordedBy(), e.onBehalfOf(),
                at, details("replyDueOn", e.replyDueOn()));
    }

    @EventHandler
    void on(ProposalClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        state(e.proposalId(), ProposalState.CLOSED, seq);
        timeline(e.proposalId(), seq, "CLOSE", e.round(), e.closedOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("byPresidium", e.byPresidium(), "note", e.note()));
    }

    @EventHandler
    void on(ProposalDeferred e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET deferred_until = ?, version = ? WHERE id = ?")
                .params(e.latestOn(), seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "DEFER", e.round(), e.deferredOn(), e.recordedBy(), e.onBehalfOf(), at,
                details("latestOn", e.latestOn(), "measures", e.measures()));
    }

    @EventHandler
    void on(ProposalEscalated e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET escalated_to = ?, version = ? WHERE id = ?")
                .params(e.toLevel().name(), seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "ESCALATE", round(e.proposalId()), e.escalatedOn(), e.recordedBy(),
                e.onBehalfOf(), at, details("toLevel", e.toLevel(), "note", e.note()));
    }

    @EventHandler
    void on(ProposalImplementationRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET implemented = ?, version = ? WHERE id = ?")
                .params(e.implemented(), seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "RECORD_IMPLEMENTATION", round(e.proposalId()), e.recordedOn(), e.recordedBy(),
                e.onBehalfOf(), at, details("implemented", e.implemented()));
    }

    @EventHandler
    void on(ProposalSupervisionRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET version = ? WHERE id = ?").params(seq, e.proposalId()).update();
        timeline(e.proposalId(), seq, "SUPERVISE", round(e.proposalId()), e.on(), e.recordedBy(), e.onBehalfOf(), at,
                details("type", e.type(), "note", e.note()));
    }

    private void state(UUID id, ProposalState state, long seq) {
        jdbc.sql("UPDATE proposal_view SET state = ?, version = ? WHERE id = ?").params(state.name(), seq, id).update();
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

    // --- reads

    public Optional<ProposalView> find(UUID id) {
        List<ProposalView.TimelineEntry> timeline = jdbc.sql("""
                        SELECT action, round, business_date, recorded_by, on_behalf_of, recorded_at, details
                        FROM proposal_timeline WHERE proposal_id = ? ORDER BY seq""")
                .param(id)
                .query((rs, i) -> new ProposalView.TimelineEntry(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), JSON.readValue(rs.getString(7), DETAILS)))
                .list();
        return load(List.of(id), Map.of(id, timeline)).stream().findFirst();
    }

    /**
     * List filter; null parts are not filtered on. The scope parts limit to what the caller may see:
     * {@code townships} (not null: only these), {@code signerId} (a deputy's own), {@code scopeUnit} (a unit's own).
     */
    public record ListQuery(String congressCode, ProposalState state, String unitCode, UUID deputyId,
                            String sessionId, ProposalCategory category, Boolean overdue, LocalDate today,
                            List<String> townships, UUID signerId, String scopeUnit, ProposalKind kind,
                            LocalDate dueBefore) {
    }

    /** A reply is pending in these states (ProposalLifecycle.awaitsReply): only then is the deadline due. */
    static final String AWAITING_REPLY = "p.state IN ('ASSIGNED', 'CONSULTED', 'REHANDLING')";

    /** The reply deadline while a reply is pending, else null: what dueBefore and the deadline order go by. */
    static final String PENDING_DEADLINE = "(CASE WHEN " + AWAITING_REPLY + " THEN p.deadline END)";

    public long count(ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT count(*) FROM proposal_view p" + where).params(params).query(Long.class).single();
    }

    /** One page in the given order (ties by id). Items carry no timeline (read one proposal for it). */
    public List<ProposalView> page(ListQuery query, ProposalListSort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<UUID> ids = jdbc.sql("SELECT p.id FROM proposal_view p" + where
                        + " ORDER BY " + sort.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params).query(UUID.class).list();
        return load(ids, Map.of());
    }

    private static String where(ListQuery q, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        if (q.congressCode() != null) {
            c.add("p.congress_code = :congress");
            params.put("congress", q.congressCode());
        }
        if (q.state() != null) {
            c.add("p.state = :state");
            params.put("state", q.state().name());
        }
        if (q.sessionId() != null) {
            c.add("p.session_id = :session");
            params.put("session", q.sessionId());
        }
        if (q.category() != null) {
            c.add("p.category = :category");
            params.put("category", q.category().name());
        }
        if (q.unitCode() != null) {
            c.add("EXISTS (SELECT 1 FROM proposal_unit u WHERE u.proposal_id = p.id AND u.unit_code = :unit)");
            params.put("unit", q.unitCode());
        }
        if (q.deputyId() != null) {
            c.add("EXISTS (SELECT 1 FROM proposal_signer s WHERE s.proposal_id = p.id AND s.deputy_id = :deputy)");
            params.put("deputy", q.deputyId());
        }
        if (q.kind() != null) {
            c.add("p.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.dueBefore() != null) {
            // A reply pending and due on or before the date; nothing pending (not assigned, replied, closed) never.
            c.add("(" + AWAITING_REPLY + " AND p.deadline <= :dueBefore)");
            params.put("dueBefore", q.dueBefore());
        }
        if (q.overdue() != null) {
            String overdue = "(" + AWAITING_REPLY + " AND p.deadline < :today)";
            c.add(q.overdue() ? overdue : "NOT " + overdue);
            params.put("today", q.today());
        }
        if (q.townships() != null) {
            if (q.townships().isEmpty()) {
                c.add("FALSE");
            } else {
                c.add("p.township_code IN (:townships)");
                params.put("townships", q.townships());
            }
        }
        if (q.signerId() != null) {
            c.add("EXISTS (SELECT 1 FROM proposal_signer s2 WHERE s2.proposal_id = p.id AND s2.deputy_id = :signer)");
            params.put("signer", q.signerId());
        }
        if (q.scopeUnit() != null) {
            c.add("EXISTS (SELECT 1 FROM proposal_unit u2 WHERE u2.proposal_id = p.id AND u2.unit_code = :scopeUnit)");
            params.put("scopeUnit", q.scopeUnit());
        }
        return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
    }

    private List<ProposalView> load(List<UUID> ids, Map<UUID, List<ProposalView.TimelineEntry>> timelines) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> coSigners = jdbc.sql("""
                        SELECT proposal_id, deputy_id FROM proposal_signer WHERE proposal_id IN (:ids) AND ordinal > 0
                        ORDER BY proposal_id, ordinal""")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<String>> coUnits = jdbc.sql("""
                        SELECT proposal_id, unit_code FROM proposal_unit WHERE proposal_id IN (:ids) AND NOT lead
                        ORDER BY proposal_id, unit_code""")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, ProposalView> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM proposal_view WHERE id IN (:ids)").param("ids", ids)
                .query((rs, i) -> view(rs, coSigners, coUnits, timelines)).list()
                .forEach(v -> byId.put(v.id(), v));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static ProposalView view(ResultSet rs, Map<UUID, List<UUID>> coSigners, Map<UUID, List<String>> coUnits,
                                     Map<UUID, List<ProposalView.TimelineEntry>> timelines) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String reply = rs.getString("latest_reply_class");
        String evaluation = rs.getString("latest_evaluation");
        String escalated = rs.getString("escalated_to");
        return new ProposalView(id, ProposalKind.valueOf(rs.getString("kind")), rs.getString("congress_code"),
                rs.getString("township_code"), rs.getString("session_id"), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("lead_deputy_id", UUID.class), coSigners.getOrDefault(id, List.of()), rs.getString("title"),
                rs.getString("content"), ProposalCategory.valueOf(rs.getString("category")),
                ProposalState.valueOf(rs.getString("state")), rs.getInt("round"), rs.getString("lead_unit_code"),
                coUnits.getOrDefault(id, List.of()), rs.getString("responsible_leader"), rs.getString("handler"),
                (Boolean) rs.getObject("complex"), rs.getObject("assigned_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), reply == null ? null : ReplyClass.valueOf(reply),
                rs.getObject("planned_completion_on", LocalDate.class),
                evaluation == null ? null : EvaluationResult.valueOf(evaluation), (Boolean) rs.getObject("implemented"),
                rs.getObject("deferred_until", LocalDate.class),
                escalated == null ? null : EscalationLevel.valueOf(escalated), rs.getLong("version"),
                timelines.getOrDefault(id, List.of()));
    }
}
