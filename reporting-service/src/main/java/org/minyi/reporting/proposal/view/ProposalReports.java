package org.minyi.reporting.proposal.view;

import org.minyi.reporting.kernel.Overdue;
import org.minyi.reporting.kernel.OverdueItem;
import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.SqlScope;
import org.minyi.reporting.kernel.StepRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The proposal metrics of docs/domain.md §6 over the proposal facts, as they stood on an as-of date: a step dated
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

    /** The one proposal step the overdue list names: the reply of the current round. */
    public static final String REPLY = "REPLY";

    /**
     * Which items: the request's township and cohort, and filters that are applied only when given. {@code kind}
     * is the kind as of the as-of date (a motion converted later was still a motion then); {@code unitCode}
     * selects the items assigned to that lead unit.
     */
    public record Selection(ReportRequest request, String unitCode, String congressCode, String kind, String category,
                            String sessionId) {
    }

    /** The metrics of every item of the selection together. */
    public ProposalRates rates(Selection selection) {
        return grouped(selection, "CAST(NULL AS VARCHAR)").getOrDefault(null, ProposalRates.empty());
    }

    /** The metrics per township code; townships without items are absent. */
    public Map<String, ProposalRates> byTownship(Selection selection) {
        return grouped(selection, "p.township_code");
    }

    /** The metrics per lead unit code, of items assigned by the as-of date; units without items are absent. */
    public Map<String, ProposalRates> byUnit(Selection selection) {
        return grouped(selection, "p.lead_unit_code");
    }

    /**
     * Proposals whose reply is overdue as of {@code asOf}: the round current on that date (round 1 from the
     * assignment, a later one from its start) had no reply by then and its deadline was before it. Most days
     * overdue first; the unit is the lead unit (主办单位), null if its assignment has not been seen.
     *
     * @param townshipCode null for the whole county
     */
    public List<OverdueItem> overdue(String townshipCode, LocalDate asOf) {
        SqlScope scope = SqlScope.asOf(asOf).and("(r.replied_on IS NULL OR r.replied_on > :asOf)")
                .and(Overdue.lateAsOf("r.reply_due_on")).township("p.township_code", townshipCode);
        return jdbc.sql("""
                        SELECT p.proposal_id, r.reply_due_on, p.lead_unit_code
                        FROM proposal_fact p
                        JOIN LATERAL (SELECT * FROM proposal_round_fact c
                                      WHERE c.proposal_id = p.proposal_id AND c.started_on <= :asOf
                                      ORDER BY c.round DESC LIMIT 1) r ON true
                        WHERE %s ORDER BY r.reply_due_on, p.proposal_id""".formatted(scope.conditions()))
                .params(scope.params())
                .query((rs, i) -> OverdueItem.of(OverdueItem.Kind.PROPOSAL, rs.getObject("proposal_id", UUID.class), REPLY,
                        rs.getObject("reply_due_on", LocalDate.class), asOf, rs.getString("lead_unit_code")))
                .list();
    }

    /**
     * One row of figures per value of {@code groupKey} (a fixed expression of this class), each computed from the
     * items of that group as they stood on the as-of date.
     */
    private Map<String, ProposalRates> grouped(Selection selection, String groupKey) {
        SqlScope scope = selection.request().scope("p.submitted_on", "p.township_code");
        if (selection.unitCode() != null || groupKey.equals("p.lead_unit_code")) {
            // A unit has an item from the day it was assigned to it.
            scope.and("p.assigned_on <= :asOf AND p.lead_unit_code IS NOT NULL");
        }
        scope.and("p.lead_unit_code = :unit", "unit", selection.unitCode())
                .and("p.congress_code = :congress", "congress", selection.congressCode())
                .and("(CASE WHEN p.converted_on <= :asOf THEN 'SUGGESTION' ELSE p.kind END) = :kind", "kind",
                        selection.kind())
                .and("p.category = :category", "category", selection.category())
                .and("p.session_id = :session", "session", selection.sessionId());
        // One row per item with what was true on the as-of date; first reply = round 1's reply.
        String items = """
                WITH item AS (
                    SELECT %s AS group_key,
                        coalesce(p.registered_on <= :asOf, false) AS registered,
                        coalesce(p.rejected_on <= :asOf, false) AS rejected,
                        coalesce(r1.replied_on <= :asOf, false) AS replied,
                        coalesce(p.assigned_on <= :asOf, false) OR coalesce(r1.replied_on <= :asOf, false) AS assigned,
                        coalesce(r1.reply_due_on, p.reply_due_on) AS due,
                        coalesce(NOT %s, false) AS on_time,
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
                WHERE %s
                """.formatted(groupKey, Overdue.late("coalesce(r1.reply_due_on, p.reply_due_on)", "r1.replied_on"),
                scope.conditions()) + """
                )
                SELECT group_key,
                    count(*) AS submitted,
                    count(*) FILTER (WHERE registered) AS registered,
                    count(*) FILTER (WHERE rejected) AS rejected,
                    count(*) FILTER (WHERE rehandled) AS rehandled,
                    count(*) FILTER (WHERE replied) AS replied,
                    count(*) FILTER (WHERE assigned AND (replied OR %1$s)) AS reply_due,
                    count(*) FILTER (WHERE replied AND on_time) AS on_time,
                    count(*) FILTER (WHERE assigned AND NOT replied AND NOT %1$s) AS in_progress,
                    count(*) FILTER (WHERE replied AND consulted) AS consulted,
                    count(*) FILTER (WHERE latest_class = 'A') AS resolved,
                    count(*) FILTER (WHERE latest_class = 'A' OR (latest_class = 'B' AND implemented)) AS implemented,
                    count(*) FILTER (WHERE latest_result IS NOT NULL) AS evaluated,
                    count(*) FILTER (WHERE latest_result IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                    count(*) FILTER (WHERE first_result IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS first_satisfied
                FROM item GROUP BY group_key""".formatted(Overdue.lateAsOf("due"));
        Map<String, ProposalRates> rows = new LinkedHashMap<>();
        jdbc.sql(items).params(scope.params()).query((rs, i) -> rows.put(rs.getString("group_key"), rates(rs))).list();
        return rows;
    }

    private static ProposalRates rates(ResultSet rs) throws SQLException {
        long replied = rs.getLong("replied");
        long evaluated = rs.getLong("evaluated");
        return new ProposalRates(
                StepRate.of(replied, rs.getLong("reply_due"), rs.getLong("on_time"), rs.getLong("in_progress")),
                Rate.of(rs.getLong("consulted"), replied),
                Rate.of(rs.getLong("resolved"), replied),
                Rate.of(rs.getLong("implemented"), replied),
                Rate.of(rs.getLong("satisfied"), evaluated),
                Rate.of(rs.getLong("first_satisfied"), evaluated),
                new ProposalCounts(rs.getLong("submitted"), rs.getLong("registered"), rs.getLong("rejected"),
                        rs.getLong("rehandled")));
    }
}
