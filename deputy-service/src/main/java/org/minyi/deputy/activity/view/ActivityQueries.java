package org.minyi.deputy.activity.view;

import org.minyi.deputy.activity.model.ActivityType;
import org.minyi.deputy.activity.model.InspectionMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the activity tables: one activity, or a filtered page of them, latest first. */
@Repository
public class ActivityQueries {

    private final JdbcClient jdbc;

    public ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActivityView> find(UUID id) {
        return page(new ActivityQuery(null, null, null, null, null, null, null, true, id), 0, 1).stream().findFirst();
    }

    /**
     * Filter of the activity list; null parts are not filtered on. {@code includeWithdrawn} false hides
     * withdrawn activities (a deputy's history shows what counts).
     */
    public record ActivityQuery(String townshipCode, List<String> townships, ActivityType type, UUID groupId,
                                UUID deputyId, LocalDate from, LocalDate to, boolean includeWithdrawn, UUID id) {
    }

    public long count(ActivityQuery query) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM duty_activity_view a" + where(query, params)).params(params)
                .query(Long.class).single();
    }

    /** One page, latest first. */
    public List<ActivityView> page(ActivityQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ActivityView> rows = jdbc.sql("SELECT * FROM duty_activity_view a" + where
                        + " ORDER BY a.held_on DESC, a.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> {
                    String mode = rs.getString("inspection_mode");
                    return new ActivityView(rs.getObject("id", UUID.class), ActivityType.valueOf(rs.getString("type")),
                            mode == null ? null : InspectionMode.valueOf(mode), rs.getObject("held_on", LocalDate.class),
                            rs.getString("township_code"), rs.getObject("group_id", UUID.class), List.of(),
                            rs.getString("place"), rs.getString("notes"), rs.getInt("items_collected"),
                            rs.getString("evaluated_unit_code"), rs.getObject("withdrawn_on", LocalDate.class),
                            rs.getString("withdraw_reason"), rs.getString("recorded_by"), rs.getString("on_behalf_of"),
                            rs.getLong("version"));
                })
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<UUID>> participants = new HashMap<>();
        jdbc.sql("SELECT activity_id, deputy_id FROM duty_activity_participant WHERE activity_id IN (:ids)")
                .param("ids", rows.stream().map(ActivityView::id).toList())
                .query((rs, i) -> participants.computeIfAbsent(rs.getObject("activity_id", UUID.class),
                        k -> new ArrayList<>()).add(rs.getObject("deputy_id", UUID.class)))
                .list();
        return rows.stream().map(a -> new ActivityView(a.id(), a.type(), a.inspectionMode(), a.heldOn(),
                a.townshipCode(), a.groupId(), participants.getOrDefault(a.id(), List.of()), a.place(), a.notes(),
                a.itemsCollected(), a.evaluatedUnitCode(), a.withdrawnOn(), a.withdrawReason(), a.recordedBy(),
                a.onBehalfOf(), a.version())).toList();
    }

    private static String where(ActivityQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.id() != null) {
            conditions.add("a.id = :id");
            params.put("id", query.id());
        }
        if (query.townshipCode() != null) {
            conditions.add("a.township_code = :township");
            params.put("township", query.townshipCode());
        }
        if (query.townships() != null) {
            if (query.townships().isEmpty()) {
                conditions.add("FALSE");
            } else {
                conditions.add("a.township_code IN (:townships)");
                params.put("townships", query.townships());
            }
        }
        if (query.type() != null) {
            conditions.add("a.type = :type");
            params.put("type", query.type().name());
        }
        if (query.groupId() != null) {
            conditions.add("a.group_id = :group");
            params.put("group", query.groupId());
        }
        if (query.deputyId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM duty_activity_participant p WHERE p.activity_id = a.id AND p.deputy_id = :deputy)");
            params.put("deputy", query.deputyId());
        }
        if (query.from() != null) {
            conditions.add("a.held_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("a.held_on <= :to");
            params.put("to", query.to());
        }
        if (!query.includeWithdrawn()) {
            conditions.add("a.withdrawn_on IS NULL");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
