package org.minyi.proposal.view;

import org.minyi.proposal.model.EscalationLevel;
import org.minyi.proposal.model.EvaluationResult;
import org.minyi.proposal.model.ProposalCategory;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ProposalLifecycle;
import org.minyi.proposal.model.ProposalState;
import org.minyi.proposal.model.ReplyClass;
import org.minyi.proposal.model.ReplyDeadlinePolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the proposal view that {@link ProposalViewProjection} writes: one proposal, or a filtered, ordered page. */
@Repository
public class ProposalQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    /** A reply is pending in these states ({@link ProposalLifecycle#awaitsReply}); the partial index of V3 has the same. */
    static final String AWAITING_REPLY = Arrays.stream(ProposalState.values()).filter(ProposalLifecycle::awaitsReply)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "p.state IN (", ")"));

    /** {@link ReplyDeadlinePolicy#pendingDeadline}: what dueBefore and the deadline order go by. */
    static final String PENDING_DEADLINE = "(CASE WHEN " + AWAITING_REPLY + " THEN p.deadline END)";

    /**
     * {@link ReplyDeadlinePolicy#overdue} as of {@code :today}: never null, so that its negation holds the rest;
     * written so that the partial index serves it.
     */
    static final String OVERDUE = "(" + AWAITING_REPLY + " AND p.deadline IS NOT NULL AND p.deadline < :today)";

    private final JdbcClient jdbc;

    public ProposalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
            c.add(q.overdue() ? OVERDUE : "NOT " + OVERDUE);
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
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
