package org.minyi.deputy.view;

import org.minyi.deputy.model.Gender;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateEndReason;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.Occupation;
import org.minyi.deputy.model.Party;
import org.minyi.deputy.model.PointsCategory;
import org.minyi.deputy.model.PrivateContact;
import org.minyi.deputy.model.Roster;
import org.minyi.deputy.model.RosterDeputy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Reads the deputy view: one deputy's profile, and the roster filtered and paged. Also the roster the
 * groups' and activities' rules ask ({@link Roster}).
 */
@Repository
public class DeputyQueries implements Roster {

    private final JdbcClient jdbc;

    public DeputyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deputy with mandates, groups and points adjustments (the profile). */
    public Optional<DeputyView> find(UUID id) {
        List<Mandate> mandates = mandates(List.of(id)).getOrDefault(id, List.of());
        List<GroupMembership> groups = groups(List.of(id)).getOrDefault(id, List.of());
        List<PointsAdjustment> adjustments = adjustments(id);
        return jdbc.sql("SELECT * FROM deputy_view WHERE id = ?")
                .param(id)
                .query((rs, i) -> view(rs, mandates, groups, adjustments))
                .optional();
    }

    /** The deputy's home township and mandates, for the groups' and activities' rules. */
    @Override
    public Optional<RosterDeputy> deputy(UUID deputyId) {
        List<Mandate> mandates = mandates(List.of(deputyId)).getOrDefault(deputyId, List.of());
        return jdbc.sql("SELECT township_code FROM deputy_view WHERE id = ?").param(deputyId).query(String.class)
                .optional().map(township -> new RosterDeputy(deputyId, township, mandates));
    }

    /** The deputy's adjustments in date order. */
    private List<PointsAdjustment> adjustments(UUID deputyId) {
        return jdbc.sql("SELECT * FROM deputy_points_adjustment WHERE deputy_id = ? ORDER BY adjusted_on, id")
                .param(deputyId)
                .query((rs, i) -> new PointsAdjustment(rs.getObject("id", UUID.class),
                        PointsCategory.valueOf(rs.getString("category")), rs.getBigDecimal("points"),
                        rs.getString("reason"), rs.getObject("adjusted_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
    }

    /** Roster filter; null parts are not filtered on. {@code townships} limits to a scope when not null. */
    public record RosterQuery(String townshipCode, List<String> townships, MandateLevel level, MandateStatus status,
                              UUID groupId) {
    }

    public long count(RosterQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT count(*) FROM deputy_view d" + where).params(params).query(Long.class).single();
    }

    /** One page of deputies ordered by township, name and id. */
    public List<DeputyView> page(RosterQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<UUID> ids = jdbc.sql("SELECT d.id FROM deputy_view d" + where
                        + " ORDER BY d.township_code, d.name, d.id LIMIT :limit OFFSET :offset")
                .params(params).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Mandate>> mandates = mandates(ids);
        Map<UUID, List<GroupMembership>> groups = groups(ids);
        Map<UUID, DeputyView> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM deputy_view WHERE id IN (:ids)").param("ids", ids)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return view(rs, mandates.getOrDefault(id, List.of()), groups.getOrDefault(id, List.of()), null);
                })
                .list().forEach(v -> byId.put(v.id(), v));
        return ids.stream().map(byId::get).toList();
    }

    private static String where(RosterQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.townshipCode() != null) {
            conditions.add("d.township_code = :township");
            params.put("township", query.townshipCode());
        }
        if (query.townships() != null) {
            if (query.townships().isEmpty()) {
                conditions.add("FALSE");
            } else {
                conditions.add("d.township_code IN (:townships)");
                params.put("townships", query.townships());
            }
        }
        if (query.level() != null || query.status() != null) {
            List<String> mandate = new ArrayList<>();
            mandate.add("m.deputy_id = d.id");
            if (query.level() != null) {
                mandate.add("m.level = :level");
                params.put("level", query.level().name());
            }
            if (query.status() != null) {
                mandate.add("m.status = :status");
                params.put("status", query.status().name());
            }
            conditions.add("EXISTS (SELECT 1 FROM deputy_mandate m WHERE " + String.join(" AND ", mandate) + ")");
        }
        if (query.groupId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM deputy_group_member g WHERE g.deputy_id = d.id AND g.group_id = :group)");
            params.put("group", query.groupId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * The groups each deputy is in now, read from the group feature's tables in the same database (a
     * read-side join; the group feature owns those tables).
     */
    private Map<UUID, List<GroupMembership>> groups(List<UUID> deputyIds) {
        Map<UUID, List<GroupMembership>> result = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.deputy_id, g.id, g.name, g.kind, m.joined_on,
                               (SELECT string_agg(o.role, ',' ORDER BY o.role) FROM deputy_group_office o
                                WHERE o.group_id = g.id AND o.deputy_id = m.deputy_id) AS roles
                        FROM deputy_group_member m JOIN deputy_group_view g ON g.id = m.group_id
                        WHERE m.deputy_id IN (:ids) ORDER BY g.kind, g.name, g.id""")
                .param("ids", deputyIds)
                .query((rs, i) -> {
                    String roles = rs.getString("roles");
                    return result.computeIfAbsent(rs.getObject("deputy_id", UUID.class), k -> new ArrayList<>())
                            .add(new GroupMembership(rs.getObject("id", UUID.class), rs.getString("name"),
                                    rs.getString("kind"), rs.getObject("joined_on", LocalDate.class),
                                    roles == null ? List.of() : List.of(roles.split(","))));
                })
                .list();
        return result;
    }

    private Map<UUID, List<Mandate>> mandates(List<UUID> ids) {
        return jdbc.sql("SELECT * FROM deputy_mandate WHERE deputy_id IN (:ids) ORDER BY deputy_id, ordinal")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getObject("deputy_id", UUID.class), mandate(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Mandate mandate(ResultSet rs) throws SQLException {
        String reason = rs.getString("end_reason");
        return new Mandate(MandateLevel.valueOf(rs.getString("level")), rs.getString("congress_code"),
                rs.getInt("term"), rs.getObject("elected_on", LocalDate.class),
                MandateStatus.valueOf(rs.getString("status")), rs.getObject("ended_on", LocalDate.class),
                reason == null ? null : MandateEndReason.valueOf(reason));
    }

    private static DeputyView view(ResultSet rs, List<Mandate> mandates, List<GroupMembership> groups,
                                   List<PointsAdjustment> adjustments) throws SQLException {
        String phone = rs.getString("phone");
        String address = rs.getString("address");
        return new DeputyView(rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getString("name"),
                Gender.valueOf(rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"), Party.valueOf(rs.getString("party")),
                Occupation.valueOf(rs.getString("occupation")), rs.getString("electoral_district"),
                phone == null && address == null ? null : new PrivateContact(phone, address), mandates, groups,
                adjustments, rs.getLong("version"));
    }
}
