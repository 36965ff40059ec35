package org.minyi.deputy.group.view;

import org.minyi.deputy.group.model.GroupDirectory;
import org.minyi.deputy.group.model.GroupKind;
import org.minyi.deputy.group.model.GroupRole;
import org.minyi.deputy.group.model.Venue;
import org.minyi.deputy.group.model.VenueKind;
import org.minyi.deputy.model.MandateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the group tables: one group or a page of them, each with its members (names and serving levels
 * joined from the deputy view at read time, so always the roster's current ones), offices and venues.
 * Also the groups the model's rules ask about ({@link GroupDirectory}).
 */
@Repository
public class GroupQueries implements GroupDirectory {

    private final JdbcClient jdbc;

    public GroupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GroupView> find(UUID id) {
        return page(new GroupQuery(null, null, null, null, id), 0, 1).stream().findFirst();
    }

    /** Filter of the group list; null parts are not filtered on. */
    public record GroupQuery(String townshipCode, List<String> townships, GroupKind kind, UUID memberId, UUID id) {
    }

    public long count(GroupQuery query) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM deputy_group_view g" + where(query, params)).params(params)
                .query(Long.class).single();
    }

    /** One page of groups by township, kind and name, each with its members, offices and venues. */
    public List<GroupView> page(GroupQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        record Row(UUID id, String township, String name, GroupKind kind, String theme, LocalDate formedOn,
                   String recordedBy, String onBehalfOf, long version) {
        }
        List<Row> rows = jdbc.sql("SELECT * FROM deputy_group_view g" + where
                        + " ORDER BY g.township_code, g.kind, g.name, g.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("township_code"),
                        rs.getString("name"), GroupKind.valueOf(rs.getString("kind")), rs.getString("theme"),
                        rs.getObject("formed_on", LocalDate.class), rs.getString("recorded_by"),
                        rs.getString("on_behalf_of"), rs.getLong("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Map<GroupRole, UUID>> offices = new HashMap<>();
        jdbc.sql("SELECT * FROM deputy_group_office WHERE group_id IN (:ids)").param("ids", ids)
                .query((rs, i) -> {
                    offices.computeIfAbsent(rs.getObject("group_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(GroupRole.valueOf(rs.getString("role")), rs.getObject("deputy_id", UUID.class));
                    return null;
                }).list();
        Map<UUID, List<GroupView.Member>> members = new HashMap<>();
        jdbc.sql("""
                        SELECT m.group_id, m.deputy_id, m.joined_on, d.name,
                               (SELECT string_agg(x.level, ',' ORDER BY x.ordinal) FROM deputy_mandate x
                                WHERE x.deputy_id = m.deputy_id AND x.status = :serving) AS levels
                        FROM deputy_group_member m LEFT JOIN deputy_view d ON d.id = m.deputy_id
                        WHERE m.group_id IN (:ids) ORDER BY m.group_id, d.name, m.deputy_id""")
                .param("ids", ids)
                .param("serving", MandateStatus.SERVING.name())
                .query((rs, i) -> {
                    UUID groupId = rs.getObject("group_id", UUID.class);
                    UUID deputyId = rs.getObject("deputy_id", UUID.class);
                    String levels = rs.getString("levels");
                    List<GroupRole> roles = offices.getOrDefault(groupId, Map.of()).entrySet().stream()
                            .filter(o -> o.getValue().equals(deputyId)).map(Map.Entry::getKey).toList();
                    members.computeIfAbsent(groupId, k -> new ArrayList<>()).add(new GroupView.Member(deputyId,
                            rs.getString("name"), levels == null ? List.of() : List.of(levels.split(",")),
                            rs.getObject("joined_on", LocalDate.class), roles));
                    return null;
                }).list();
        Map<UUID, List<Venue>> venues = new HashMap<>();
        jdbc.sql("SELECT * FROM deputy_group_venue WHERE group_id IN (:ids) ORDER BY ordinal").param("ids", ids)
                .query((rs, i) -> {
                    venues.computeIfAbsent(rs.getObject("group_id", UUID.class), k -> new ArrayList<>())
                            .add(new Venue(rs.getObject("venue_id", UUID.class), VenueKind.valueOf(rs.getString("kind")),
                                    rs.getString("name"), rs.getString("address")));
                    return null;
                }).list();
        return rows.stream().map(r -> {
            Map<GroupRole, UUID> o = offices.getOrDefault(r.id(), Map.of());
            return new GroupView(r.id(), r.township(), r.name(), r.kind(), r.theme(), r.formedOn(),
                    o.get(GroupRole.LEADER), o.get(GroupRole.DEPUTY_LEADER), o.get(GroupRole.LIAISON),
                    members.getOrDefault(r.id(), List.of()), venues.getOrDefault(r.id(), List.of()),
                    r.recordedBy(), r.onBehalfOf(), r.version());
        }).toList();
    }

    @Override
    public Optional<GroupRef> deputyGroupOf(UUID deputyId) {
        return jdbc.sql("""
                        SELECT g.id, g.name FROM deputy_group_member m JOIN deputy_group_view g ON g.id = m.group_id
                        WHERE m.deputy_id = ? AND m.kind = 'DEPUTY_GROUP'""")
                .param(deputyId)
                .query((rs, i) -> new GroupRef(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    @Override
    public Optional<String> townshipOf(UUID groupId) {
        return jdbc.sql("SELECT township_code FROM deputy_group_view WHERE id = ?").param(groupId)
                .query(String.class).optional();
    }

    private static String where(GroupQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.id() != null) {
            conditions.add("g.id = :id");
            params.put("id", query.id());
        }
        if (query.townshipCode() != null) {
            conditions.add("g.township_code = :township");
            params.put("township", query.townshipCode());
        }
        if (query.townships() != null) {
            if (query.townships().isEmpty()) {
                conditions.add("FALSE");
            } else {
                conditions.add("g.township_code IN (:townships)");
                params.put("townships", query.townships());
            }
        }
        if (query.kind() != null) {
            conditions.add("g.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.memberId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM deputy_group_member m WHERE m.group_id = g.id AND m.deputy_id = :member)");
            params.put("member", query.memberId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
