package org.minyi.reporting.deputy.view;

import org.minyi.platform.county.CountyReference;
import org.minyi.reporting.kernel.CountyNames;
import org.minyi.reporting.kernel.SqlScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deputies' figures from the deputy facts, as they stood on an as-of date: an activity counts if it was held in
 * the period and not withdrawn by the as-of date; a mandate counts if it was held at some time in the period.
 */
@Component
public class DeputyReports {

    /** Each deputy contacts voters at least twice a year (docs/domain.md §3). */
    public static final int VOTER_CONTACT_MINIMUM = 2;

    private final JdbcClient jdbc;
    private final PointsCalculator calculator;
    private final CountyNames names;

    public DeputyReports(JdbcClient jdbc, CountyReference county, CountyNames names) {
        this.jdbc = jdbc;
        this.names = names;
        this.calculator = new PointsCalculator(county.points());
    }

    public record PointsRow(UUID deputyId, String name, String townshipCode, String townshipName,
                            Map<String, BigDecimal> categories,
                            BigDecimal total, int stars, int voterContacts, boolean belowVoterContactMinimum,
                            Map<String, Integer> activities) {
    }

    /**
     * Year-to-date standing of every deputy of the township (or county) serving in the period, from
     * {@code start} (1 January) to {@code end}, counting only what happened by {@code asOf}.
     */
    public List<PointsRow> points(String townshipCode, LocalDate start, LocalDate end, LocalDate asOf) {
        return points(townshipCode, null, start, end, asOf);
    }

    /** As {@link #points(String, LocalDate, LocalDate, LocalDate)}, for one deputy only when {@code deputyId} is given. */
    public List<PointsRow> points(String townshipCode, UUID deputyId, LocalDate start, LocalDate end, LocalDate asOf) {
        LocalDate last = end.isAfter(asOf) ? asOf : end;
        SqlScope scope = SqlScope.asOf(asOf).param("start", start).param("last", last)
                .township("d.township_code", townshipCode).and("d.deputy_id = :deputy", "deputy", deputyId);
        record Deputy(UUID id, String name, String township) {
        }
        List<Deputy> deputies = jdbc.sql("""
                        SELECT d.deputy_id, d.name, d.township_code FROM deputy_fact d
                        WHERE EXISTS (SELECT 1 FROM deputy_mandate_fact m WHERE m.deputy_id = d.deputy_id
                                      AND m.elected_on <= :last AND (m.ended_on IS NULL OR m.ended_on >= :start))
                        AND %s""".formatted(scope.conditions()))
                .params(scope.params())
                .query((rs, i) -> new Deputy(rs.getObject("deputy_id", UUID.class), rs.getString("name"),
                        rs.getString("township_code")))
                .list();
        if (deputies.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Integer>> activities = new HashMap<>();
        jdbc.sql("""
                        SELECT p.deputy_id, a.type, a.inspection_mode, count(*) AS n
                        FROM activity_participant_fact p JOIN activity_fact a ON a.activity_id = p.activity_id
                        JOIN deputy_fact d ON d.deputy_id = p.deputy_id
                        WHERE a.held_on BETWEEN :start AND :last AND (a.withdrawn_on IS NULL OR a.withdrawn_on > :asOf)
                        AND %s GROUP BY p.deputy_id, a.type, a.inspection_mode""".formatted(scope.conditions()))
                .params(scope.params())
                .query((rs, i) -> {
                    Map<String, Integer> byType = activities.computeIfAbsent(rs.getObject("deputy_id", UUID.class), k -> new HashMap<>());
                    int n = rs.getInt("n");
                    byType.merge(rs.getString("type"), n, Integer::sum);
                    if (rs.getString("inspection_mode") != null) {
                        byType.merge(rs.getString("type") + ":" + rs.getString("inspection_mode"), n, Integer::sum);
                    }
                    return null;
                }).list();
        // Proposals signed come from npc.proposal.events (proposal_signature_fact): by role, submitted in the period.
        Map<UUID, Map<String, Integer>> proposals = byDeputy("""
                SELECT s.deputy_id, s.role AS k, count(*) AS v FROM proposal_signature_fact s
                JOIN deputy_fact d ON d.deputy_id = s.deputy_id
                WHERE s.submitted_on BETWEEN :start AND :last AND %s GROUP BY s.deputy_id, s.role""", scope,
                rs -> rs.getInt("v"));
        Map<UUID, Map<String, BigDecimal>> adjustments = byDeputy("""
                SELECT a.deputy_id, a.category AS k, sum(a.points) AS v FROM points_adjustment_fact a
                JOIN deputy_fact d ON d.deputy_id = a.deputy_id
                WHERE a.adjusted_on BETWEEN :start AND :last AND %s GROUP BY a.deputy_id, a.category""", scope,
                rs -> rs.getBigDecimal("v"));
        List<PointsRow> rows = new ArrayList<>();
        for (Deputy d : deputies) {
            Map<String, Integer> acts = activities.getOrDefault(d.id(), Map.of());
            PointsCalculator.Score score = calculator.score(new PointsCalculator.Record(acts,
                    proposals.getOrDefault(d.id(), Map.of()), adjustments.getOrDefault(d.id(), Map.of())));
            int contacts = acts.getOrDefault("VOTER_RECEPTION", 0) + acts.getOrDefault("VOTER_VISIT", 0);
            Map<String, Integer> byType = new LinkedHashMap<>();
            acts.entrySet().stream().filter(e -> !e.getKey().contains(":")).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> byType.put(e.getKey(), e.getValue()));
            rows.add(new PointsRow(d.id(), d.name(), d.township(), names.township(d.township()), score.categories(),
                    score.total(), score.stars(), contacts, contacts < VOTER_CONTACT_MINIMUM, byType));
        }
        rows.sort(Comparator.comparing(PointsRow::total).reversed().thenComparing(PointsRow::name)
                .thenComparing(PointsRow::deputyId));
        return rows;
    }

    /** A figure {@code v} per key {@code k} per deputy, from {@code sql} (a fixed query of this class, %s: the scope). */
    private <V> Map<UUID, Map<String, V>> byDeputy(String sql, SqlScope scope, ColumnReader<V> value) {
        Map<UUID, Map<String, V>> figures = new HashMap<>();
        jdbc.sql(sql.formatted(scope.conditions())).params(scope.params())
                .query((rs, i) -> figures.computeIfAbsent(rs.getObject("deputy_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getString("k"), value.read(rs)))
                .list();
        return figures;
    }

    private interface ColumnReader<V> {
        V read(ResultSet rs) throws SQLException;
    }

    /** The deputy's home township as the deputy topic gave it; empty while the deputy is not known here. */
    public Optional<String> homeTownship(UUID deputyId) {
        return jdbc.sql("SELECT township_code FROM deputy_fact WHERE deputy_id = ?").param(deputyId)
                .query(String.class).optional();
    }

    public record GroupRow(UUID groupId, String name, String kind, String townshipCode, String townshipName,
                           List<Integer> activitiesByQuarter,
                           int quartersWithoutActivity) {
    }

    /**
     * Activities held by each group of the township (or county) in each quarter of the year, as of {@code asOf};
     * a quarter counts as without activity once it has ended by the as-of date and the group existed in it.
     */
    public List<GroupRow> groupActivity(String townshipCode, int year, LocalDate asOf) {
        SqlScope scope = SqlScope.asOf(asOf).param("start", LocalDate.of(year, 1, 1)).param("end", LocalDate.of(year, 12, 31))
                .township("g.township_code", townshipCode);
        record Group(UUID id, String name, String kind, String township, LocalDate formedOn) {
        }
        List<Group> groups = jdbc.sql("SELECT * FROM group_fact g WHERE g.formed_on <= :asOf AND g.formed_on <= :end AND "
                        + scope.conditions() + " ORDER BY g.township_code, g.kind, g.name, g.group_id")
                .params(scope.params())
                .query((rs, i) -> new Group(rs.getObject("group_id", UUID.class), rs.getString("name"), rs.getString("kind"),
                        rs.getString("township_code"), rs.getObject("formed_on", LocalDate.class)))
                .list();
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT a.group_id, EXTRACT(QUARTER FROM a.held_on)::int AS q, count(*) AS n FROM activity_fact a
                        WHERE a.group_id IS NOT NULL AND a.held_on BETWEEN :start AND :end AND a.held_on <= :asOf
                          AND (a.withdrawn_on IS NULL OR a.withdrawn_on > :asOf)
                        GROUP BY a.group_id, q""")
                .params(scope.params())
                .query((rs, i) -> counts.computeIfAbsent(rs.getObject("group_id", UUID.class), k -> new int[4])
                        [rs.getInt("q") - 1] = rs.getInt("n"))
                .list();
        List<GroupRow> rows = new ArrayList<>();
        for (Group g : groups) {
            int[] byQuarter = counts.getOrDefault(g.id(), new int[4]);
            int missed = 0;
            for (int q = 0; q < 4; q++) {
                LocalDate quarterEnd = LocalDate.of(year, q * 3 + 3, 1).plusMonths(1).minusDays(1);
                boolean ended = quarterEnd.isBefore(asOf);
                boolean existed = !g.formedOn().isAfter(quarterEnd);
                if (ended && existed && byQuarter[q] == 0) {
                    missed++;
                }
            }
            rows.add(new GroupRow(g.id(), g.name(), g.kind(), g.township(), names.township(g.township()),
                    List.of(byQuarter[0], byQuarter[1], byQuarter[2], byQuarter[3]), missed));
        }
        return rows;
    }
}
