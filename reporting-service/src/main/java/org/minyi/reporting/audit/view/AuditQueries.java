package org.minyi.reporting.audit.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the audit trail: filtered by actor, item, township and a time range, newest first. */
@Component
public class AuditQueries {

    private final JdbcClient jdbc;

    public AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param from inclusive, null for the beginning of records
     * @param to   exclusive, null for now
     */
    public record Filter(String actor, String itemId, String townshipCode, Instant from, Instant to) {
    }

    public List<AuditEntry> page(Filter filter, int page, int size) {
        Where where = where(filter);
        return jdbc.sql("SELECT * FROM audit_entry" + where.sql()
                        + " ORDER BY occurred_at DESC, record_id DESC LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query(AuditQueries::entry).list();
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql()).params(where.params()).query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Filter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", f.actor());
        }
        if (f.itemId() != null) {
            conditions.add("item_id = :item");
            params.put("item", f.itemId());
        }
        if (f.townshipCode() != null) {
            conditions.add("township_code = :township");
            params.put("township", f.townshipCode());
        }
        if (f.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(f.to()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getObject("record_id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("on_behalf_of"), rs.getString("action"), rs.getString("item_kind"),
                rs.getString("item_id"), rs.getString("township_code"), rs.getString("source"));
    }
}
