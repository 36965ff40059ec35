package org.minyi.reporting.proposal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The proposal metrics of DOMAIN §6 over the proposal facts, as they stood on an as-of date: a step dated
 * after it had not happened yet. The cohort is the items submitted in [from, to] (and by the as-of date).
 * Every figure is counted from the items, for a township, a unit or the county, never averaged from rows.
 * <ul>
 * <li>reply: replied (first reply) / due, where due = assigned and (replied, or the as-of date is after the
 * round-1 deadline); on time when the first reply is on or before that deadline; in progress = assigned, not
 * replied, deadline not passed.</li>
 * <li>consultation: replied items whose first reply followed a consultation (a waiver does not count) / replied.</li>
 * <li>resolution: latest reply class A / replied; implementation: latest reply A, or B with its latest
 * implementation record "implemented" / replied.</li>
 * <li>satisfaction: latest evaluation satisfied or basically satisfied / evaluated; first-time: so in round 1 /
 * evaluated.</li>
 * </ul>
 */
@Component
public class ProposalReports {

    private final JdbcClient jdbc;

    public ProposalReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which items and when. Null filters are not applied; {@code kind} is the kind as of the as-of date (a motion
     * converted later was still a motion then); {@code unitCode} selects the items assigned to that lead unit.
     */
    public record Scope(String townshipCode, String unitCode, String congressCode, String kind, String category,
                        String sessionId, LocalDate from, LocalDate to, LocalDate asOf) {

        LocalDate upTo() {
            return to.isBefore(asOf) ? to : asOf;
        }
    }

    /** The metrics of every item of the scope together. */
    public ProposalRates rates(Scope scope) {
        return grouped(scope, "CAST(NULL AS VARCHAR)").getOrDefault(null, empty());
    }

    /** The metrics per township code; townships without items are absent. */
    public Map<String, ProposalRates> byTownship(Scope scope) {
        return grouped(scope, "p.township_code");
    }

    /** The metrics per lead unit code, of items assigned by the as-of date; units without items are absent. */
    public Map<String, ProposalRates> byUnit(Scope scope) {
        return grouped(scope, "p.lead_unit_code");
    }

    public static ProposalRates empty() {
        return new ProposalRates(StepMetric.of(0, 0, 0, 0), Metric.of(0, 0), Metric.of(0, 0), Metric.of(0, 0),
                Metric.of(0, 0), Metric.of(0, 0), new ProposalCounts(0, 0, 0, 0));
    }

    /**
     * A proposal whose reply is overdue as of a date.
     *
     * @param kind        always {@code "PROPOSAL"} (the combined overdue list also holds petitions)
     * @param step        always {@code "REPLY"}: the reply of the current round
     * @param deadline    the current round's reply deadline
     * @param daysOverdue calendar days from the deadline to the as-of date (1 the day after the deadline)
     * @param unitCode    the lead unit (主办单位), null if its assignment has not been seen
     */
    public record OverdueItem(String kind, UUID id, String step, LocalDate deadline, long daysOverdue, String unitCode) {
    }

    /**
     * Proposals whose reply is overdue as of {@code asOf}: the round current on that date (round 1 from the
     * assignment, a later one from its start) had no reply by then and its deadline was before it. Most days
     * overdue first.
     *
     * @param townshipCode null for the whole county
     */
    public List<OverdueItem> overdue(String townshipCode, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        String township = "";
        if (townshipCode != null) {
            township = " AND p.township_code = :township";
            params.put("township", townshipCode);
        }
        return jdbc.sql("""
                        SELECT p.proposal_id, r.reply_due_on, p.lead_unit_code
                        FROM proposal_fact p
                        JOIN LATERAL (SELECT * FROM proposal_round_fact c
                                      WHERE c.proposal_id = p.proposal_id AND c.started_on <= :asOf
                                      ORDER BY c.round DESC LIMIT 1) r ON true
                        WHERE (r.replied_on IS NULL OR r.replied_on > :asOf) AND r.reply_due_on < :asOf"""
                        + township + " ORDER BY r.reply_due_on, p.proposal_id")
                .params(params)
                .query((rs, i) -> {
                    LocalDate deadline = rs.getObject("reply_due_on", LocalDate.class);
                    return new OverdueItem("PROPOSAL", rs.getObject("proposal_id", UUID.class), "REPLY", deadline,
                            ChronoUnit.DAYS.between(deadline, asOf), rs.getString("lead_unit_code"));
                })
                .list();
    }

    /**
     * One row of figures per value of {@code groupKey} (a fixed expression of this class), each computed from the
     * items of that group as they stood on the as-of date.
     */
    private Map<String, ProposalRates> grouped(Scope scope, String groupKey) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", scope.from());
        params.put("upTo", scope.upTo());
        params.put("asOf", scope.asOf());
        StringBuilder where = new StringBuilder(" WHERE p.submitted_on BETWEEN :from AND :upTo");
        if (scope.townshipCode() != null) {
            where.append(" AND p.township_code = :township");
            params.put("township", scope.townshipCode());
        }
        if (scope.unitCode() != null || groupKey.equals("p.lead_unit_code")) {
            // A unit has an item from the day it was assigned to it.
            where.append(" AND p.assigned_on <= :asOf AND p.lead_unit_code IS NOT NULL");
        }
        if (scope.unitCode() != null) {
            where.append(" AND p.lead_unit_code = :unit");
            params.put("unit", scope.unitCode());
        }
        if (scope.congressCode() != null) {
            where.append(" AND p.congress_code = :congress");
            params.put("congress", scope.congressCode());
        }
        if (scope.kind() != null) {
            where.append(" AND (CASE WHEN p.converted_on <= :asOf THEN 'SUGGESTION' ELSE p.kind END) = :kind");
            params.put("kind", scope.kind());
        }
        if (scope.category() != null) {
            where.append(" AND p.category = :category");
            params.put("category", scope.category());
        }
        if (scope.sessionId() != null) {
            where.append(" AND p.session_id = :session");
            params.put("session", scope.sessionId());
        }
        // One row per item with what was true on the as-of date; first reply = round 1's reply.
        String items = """
                WITH item AS (
                    SELECT %s AS group_key,
                        coalesce(p.registered_on <= :asOf, false) AS registered,
                        coalesce(p.rejected_on <= :asOf, false) AS rejected,
                        coalesce(r1.replied_on <= :asOf, false) AS replied,
                        coalesce(p.assigned_on <= :asOf, false) OR coalesce(r1.replied_on <= :asOf, false) AS assigned,
                        coalesce(r1.reply_due_on, p.reply_due_on) AS due,
                        coalesce(r1.replied_on <= coalesce(r1.reply_due_on, p.reply_due_on), false) AS on_time,
                        coalesce(r1.reply_consulted, false) AS consulted,
                        lr.reply_class AS latest_class,
                        coalesce((SELECT i.implemented FROM proposal_implementation_fact i
                                  WHERE i.proposal_id = p.proposal_id AND i.reply_round = lr.round AND i.recorded_on <= :asOf
                                  ORDER BY i.recorded_on DESC, i.seq DESC LIMIT 1), false) AS implemented,
                        le.evaluation_result AS latest_result,
                        CASE WHEN r1.evaluated_on <= :asOf THEN r1.evaluation_result END AS first_result,
                        EXISTS (SELECT 1 FROM proposal_round_fact r2 WHERE r2.proposal_id = p.proposal_id
                                AND r2.round > 1 AND r2.started_on <= :asOf) AS rehandled
                    FROM proposal_fact p
                    LEFT JOIN proposal_round_fact r1 ON r1.proposal_id = p.proposal_id AND r1.round = 1
                    LEFT JOIN LATERAL (SELECT r.round, r.reply_class FROM proposal_round_fact r
                                       WHERE r.proposal_id = p.proposal_id AND r.replied_on <= :asOf
                                       ORDER BY r.round DESC LIMIT 1) lr ON true
                    LEFT JOIN LATERAL (SELECT r.evaluation_result FROM proposal_round_fact r
                                       WHERE r.proposal_id = p.proposal_id AND r.evaluated_on <= :asOf
                                       ORDER BY r.round DESC LIMIT 1) le ON true
                """.formatted(groupKey) + where + """
                )
                SELECT group_key,
                    count(*) AS submitted,
                    count(*) FILTER (WHERE registered) AS registered,
                    count(*) FILTER (WHERE rejected) AS rejected,
                    count(*) FILTER (WHERE rehandled) AS rehandled,
                    count(*) FILTER (WHERE replied) AS replied,
                    count(*) FILTER (WHERE assigned AND (replied OR :asOf > due)) AS reply_due,
                    count(*) FILTER (WHERE replied AND on_time) AS on_time,
                    count(*) FILTER (WHERE assigned AND NOT replied AND :asOf <= due) AS in_progress,
                    count(*) FILTER (WHERE replied AND consulted) AS consulted,
                    count(*) FILTER (WHERE latest_class = 'A') AS resolved,
                    count(*) FILTER (WHERE latest_class = 'A' OR (latest_class = 'B' AND implemented)) AS implemented,
                    count(*) FILTER (WHERE latest_result IS NOT NULL) AS evaluated,
                    count(*) FILTER (WHERE latest_result IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                    count(*) FILTER (WHERE first_result IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS first_satisfied
                FROM item GROUP BY group_key""";
        Map<String, ProposalRates> rows = new LinkedHashMap<>();
        jdbc.sql(items).params(params).query((rs, i) -> rows.put(rs.getString("group_key"), rates(rs))).list();
        return rows;
    }

    private static ProposalRates rates(ResultSet rs) throws SQLException {
        long replied = rs.getLong("replied");
        long evaluated = rs.getLong("evaluated");
        return new ProposalRates(
                StepMetric.of(replied, rs.getLong("reply_due"), rs.getLong("on_time"), rs.getLong("in_progress")),
                Metric.of(rs.getLong("consulted"), replied),
                Metric.of(rs.getLong("resolved"), replied),
                Metric.of(rs.getLong("implemented"), replied),
                Metric.of(rs.getLong("satisfied"), evaluated),
                Metric.of(rs.getLong("first_satisfied"), evaluated),
                new ProposalCounts(rs.getLong("submitted"), rs.getLong("registered"), rs.getLong("rejected"),
                        rs.getLong("rehandled")));
    }
}
