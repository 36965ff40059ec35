package org.minyi.reporting.petition.view;

import org.minyi.reporting.kernel.Overdue;
import org.minyi.reporting.kernel.OverdueItem;
import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.SqlScope;
import org.minyi.reporting.kernel.StepRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Petition figures (docs/domain.md §6) over {@code petition_fact} and {@code petition_round_fact}.
 * <p>
 * <b>Cohort and as-of.</b> A petition belongs to the cohort when its {@code receivedOn} lies in [from, to]; as of
 * a date, a step dated after it has not happened yet (only business dates count, never when a row was written).
 * <p>
 * <b>Due.</b> A step is due for a petition that reached the step before it, when the step is done or its
 * deadline (as carried on the events) has passed; pending and not overdue is "in progress", outside the
 * denominator. The steps: registration (every received petition), disposition (registered: assigned,
 * transferred or not accepted), completion (assigned or transferred), answer (completed, or not accepted: due
 * from the decision), return visit (answered).
 * <p>
 * <b>Review loop.</b> A petition is one case: its steps are judged by their first occurrence against the
 * deadlines of round 1 (the extension granted in round 1 included). A review request opens round 2 with a new
 * completion deadline; it neither undoes the completion nor counts it a second time. The return visit counts
 * from the first visit in any round (a review asked before any visit leaves round 1's return visit to be judged
 * by the first visit of a later round), satisfaction by the latest visit as of the date: the petitioner's last
 * word. The overdue list, by contrast, looks at the round in hand.
 * <p>
 * Every figure is computed from the items, for a township or for the whole county (never averaged).
 */
@Component
public class PetitionReports {

    /** One petition as of {@code :asOf}: each step's date (null if not done by then) and deadline. */
    private static final String ITEMS = """
            WITH item AS (
                SELECT p.township_code, p.village_code, p.channel, p.category, p.collective, p.visitors,
                    p.repeat, p.level_skipping,
                    p.registration_deadline AS reg_dl,
                    CASE WHEN p.registered_on <= :asOf THEN p.registered_on END AS reg_on,
                    p.disposition_deadline AS dis_dl,
                    CASE WHEN p.disposed_on <= :asOf THEN p.disposed_on END AS dis_on,
                    CASE WHEN p.disposed_on <= :asOf THEN p.disposition END AS disposition,
                    CASE WHEN r.extended_on <= :asOf THEN r.extended_completion_deadline ELSE r.completion_deadline END AS com_dl,
                    CASE WHEN r.completed_on <= :asOf THEN r.completed_on END AS com_on,
                    r.answer_deadline AS ans_dl,
                    CASE WHEN r.answered_on <= :asOf THEN r.answered_on END AS ans_on,
                    r.return_visit_deadline AS vis_dl,
                    v.first_visit AS vis_on,
                    v.satisfaction
                FROM petition_fact p
                LEFT JOIN petition_round_fact r ON r.petition_id = p.petition_id AND r.round = 1
                LEFT JOIN LATERAL (
                    SELECT min(x.visited_on) AS first_visit,
                        (array_agg(x.satisfaction ORDER BY x.visited_on DESC, x.round DESC))[1] AS satisfaction
                    FROM petition_round_fact x WHERE x.petition_id = p.petition_id AND x.visited_on <= :asOf) v ON true
                WHERE /*scope*/
            )
            """;

    /**
     * The same petitions with only their own columns: enough for the breakdowns (channel, category, village),
     * without the per-petition round lookups that make {@link #ITEMS} costly on a province's data.
     */
    private static final String FACTS = """
            WITH item AS (
                SELECT p.township_code, p.village_code, p.channel, p.category,
                    CASE WHEN p.registered_on <= :asOf THEN p.registered_on END AS reg_on
                FROM petition_fact p
                WHERE /*scope*/
            )
            """;

    private static final String ENTERED_REGISTRATION = "TRUE";
    private static final String ENTERED_DISPOSITION = "reg_on IS NOT NULL";
    private static final String ENTERED_COMPLETION = "disposition IN ('ASSIGNED', 'TRANSFERRED')";
    private static final String ENTERED_ANSWER = "(com_on IS NOT NULL OR disposition = 'NOT_ACCEPTED')";
    private static final String ENTERED_RETURN_VISIT = "ans_on IS NOT NULL";

    private final JdbcClient jdbc;

    public PetitionReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the request's township (null: the whole county, computed from its petitions, not from townships). */
    public PetitionFigures figures(ReportRequest request) {
        return compute(request, false).getOrDefault("", PetitionFigures.empty());
    }

    /** The figures of each township with petitions in the cohort, by township code. */
    public Map<String, PetitionFigures> figuresByTownship(ReportRequest request) {
        return compute(request, true);
    }

    private Map<String, PetitionFigures> compute(ReportRequest request, boolean byTownship) {
        SqlScope scope = request.scope("p.received_on", "p.township_code");
        String group = byTownship ? "township_code" : "''";
        Map<String, Map<String, Long>> byChannel = breakdown(scope, group, "channel", "channel IS NOT NULL");
        Map<String, Map<String, Long>> byCategory = breakdown(scope, group, "category",
                "category IS NOT NULL AND reg_on IS NOT NULL");
        Map<String, Map<String, Long>> byVillage = breakdown(scope, group, "village_code", "village_code IS NOT NULL");
        String sql = ITEMS.replace("/*scope*/", scope.conditions()) + "SELECT " + group + " AS grp, "
                + step(ENTERED_REGISTRATION, "reg") + ", "
                + step(ENTERED_DISPOSITION, "dis") + ", "
                + step(ENTERED_COMPLETION, "com") + ", "
                + step(ENTERED_ANSWER, "ans") + ", "
                + step(ENTERED_RETURN_VISIT, "vis") + ", "
                + """
                count(*) FILTER (WHERE vis_on IS NOT NULL) AS visited,
                count(*) FILTER (WHERE vis_on IS NOT NULL AND satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                count(*) FILTER (WHERE vis_on IS NOT NULL AND satisfaction = 'SATISFIED') AS satisfied_only,
                count(*) AS received,
                count(*) FILTER (WHERE collective) AS collective,
                count(*) FILTER (WHERE repeat AND reg_on IS NOT NULL) AS repeat,
                count(*) FILTER (WHERE level_skipping AND reg_on IS NOT NULL) AS level_skipping,
                coalesce(sum(visitors) FILTER (WHERE channel = 'VISIT'), 0) AS person_times
                FROM item GROUP BY 1""";
        Map<String, PetitionFigures> figures = new HashMap<>();
        jdbc.sql(sql).params(scope.params())
                .query((rs, i) -> {
                    String key = rs.getString("grp");
                    figures.put(key, new PetitionFigures(step(rs, "reg"), step(rs, "dis"), step(rs, "com"),
                            step(rs, "ans"), step(rs, "vis"),
                            Rate.of(rs.getLong("satisfied"), rs.getLong("visited")),
                            Rate.of(rs.getLong("satisfied_only"), rs.getLong("visited")),
                            new PetitionCounts(rs.getLong("received"), byChannel.getOrDefault(key, Map.of()),
                                    byCategory.getOrDefault(key, Map.of()), byVillage.getOrDefault(key, Map.of()),
                                    rs.getLong("collective"), rs.getLong("repeat"), rs.getLong("level_skipping"),
                                    rs.getLong("person_times"))));
                    return key;
                })
                .list();
        return figures;
    }

    /**
     * Numerator, due denominator, on time and in progress of step {@code s} (its columns {@code s_on} and
     * {@code s_dl}); see the class comment. A step whose deadline is not known yet is in progress.
     */
    private static String step(String entered, String s) {
        String on = s + "_on";
        String deadline = s + "_dl";
        return """
                count(*) FILTER (WHERE %1$s AND %2$s IS NOT NULL) AS %3$s_n,
                count(*) FILTER (WHERE %1$s AND (%2$s IS NOT NULL OR %4$s)) AS %3$s_d,
                count(*) FILTER (WHERE %1$s AND NOT %5$s) AS %3$s_t,
                count(*) FILTER (WHERE %1$s AND %2$s IS NULL AND (%6$s IS NULL OR NOT %4$s)) AS %3$s_p"""
                .formatted(entered, on, s, Overdue.lateAsOf(deadline), Overdue.late(deadline, on), deadline);
    }

    private static StepRate step(ResultSet rs, String s) throws SQLException {
        return StepRate.of(rs.getLong(s + "_n"), rs.getLong(s + "_d"), rs.getLong(s + "_t"), rs.getLong(s + "_p"));
    }

    private Map<String, Map<String, Long>> breakdown(SqlScope scope, String group, String column, String condition) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        jdbc.sql(FACTS.replace("/*scope*/", scope.conditions()) + "SELECT " + group + " AS grp, " + column
                        + " AS k, count(*) AS n FROM item WHERE " + condition + " GROUP BY 1, 2")
                .params(scope.params())
                .query((rs, i) -> result.computeIfAbsent(rs.getString("grp"), g -> new TreeMap<>())
                        .put(rs.getString("k"), rs.getLong("n")))
                .list();
        return result;
    }

    /**
     * Every petition of the township (null: the county) waiting, as of {@code asOf}, for a step whose deadline
     * is before {@code asOf}: the step of the round in hand (after a review request, the new round's completion),
     * with the deadline as the events carry it (the extension counts from the day it was granted). Most overdue
     * first. {@code unitCode} is the handling unit once the petition was assigned, else null.
     */
    public List<OverdueItem> overdue(String townshipCode, LocalDate asOf) {
        SqlScope scope = SqlScope.asOf(asOf).and("p.received_on <= :asOf").township("p.township_code", townshipCode);
        List<OverdueItem> items = new ArrayList<>();
        jdbc.sql("""
                        SELECT p.petition_id, p.registration_deadline, p.registered_on, p.disposition_deadline, p.disposed_on,
                            p.disposition, p.unit_code, r.round, r.completion_deadline, r.extended_on,
                            r.extended_completion_deadline, r.completed_on, r.answer_deadline, r.answered_on,
                            r.return_visit_deadline, r.visited_on
                        FROM petition_fact p
                        LEFT JOIN LATERAL (SELECT * FROM petition_round_fact x
                            WHERE x.petition_id = p.petition_id AND x.started_on <= :asOf
                            ORDER BY x.round DESC LIMIT 1) r ON true
                        WHERE %s""".formatted(scope.conditions()))
                .params(scope.params())
                .query((rs, i) -> {
                    Function<String, LocalDate> date = column -> {
                        try {
                            Date d = rs.getDate(column);
                            return d == null ? null : d.toLocalDate();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    };
                    Function<String, Boolean> done = column -> {
                        LocalDate on = date.apply(column);
                        return on != null && !on.isAfter(asOf);
                    };
                    PetitionStep step;
                    LocalDate deadline;
                    if (!done.apply("registered_on")) {
                        step = PetitionStep.REGISTER;
                        deadline = date.apply("registration_deadline");
                    } else if (!done.apply("disposed_on")) {
                        step = PetitionStep.DISPOSE;
                        deadline = date.apply("disposition_deadline");
                    } else if (rs.getObject("round") == null) {
                        return null;
                    } else if (!"NOT_ACCEPTED".equals(rs.getString("disposition")) && !done.apply("completed_on")) {
                        step = PetitionStep.COMPLETE;
                        deadline = done.apply("extended_on") ? date.apply("extended_completion_deadline")
                                : date.apply("completion_deadline");
                    } else if (!done.apply("answered_on")) {
                        step = PetitionStep.ANSWER;
                        deadline = date.apply("answer_deadline");
                    } else if (!done.apply("visited_on")) {
                        step = PetitionStep.RETURN_VISIT;
                        deadline = date.apply("return_visit_deadline");
                    } else {
                        return null;
                    }
                    if (Overdue.isLate(deadline, asOf)) {
                        String unit = done.apply("disposed_on") ? rs.getString("unit_code") : null;
                        items.add(OverdueItem.of(OverdueItem.Kind.PETITION, rs.getObject("petition_id", UUID.class),
                                step.name(), deadline, asOf, unit));
                    }
                    return null;
                })
                .list();
        items.sort(Comparator.comparingLong(OverdueItem::daysOverdue).reversed().thenComparing(OverdueItem::id));
        return items;
    }
}
