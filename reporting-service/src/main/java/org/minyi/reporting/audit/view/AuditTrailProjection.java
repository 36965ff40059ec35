package org.minyi.reporting.audit.view;

import org.minyi.contract.EventTypes;
import org.minyi.reporting.kernel.EventData;
import org.minyi.reporting.kernel.FactsProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Keeps every audit record of npc.audit.records as one {@code audit_entry} row; a record seen again changes nothing. */
@Component
public class AuditTrailProjection extends FactsProjection {

    public AuditTrailProjection(JdbcClient jdbc) {
        super(jdbc, Set.of(EventTypes.AUDIT_RECORDED), List.of("audit_entry"));
    }

    @Override
    protected void apply(String type, EventData d) {
        jdbc.sql("""
                        INSERT INTO audit_entry (record_id, occurred_at, source, action, item_kind, item_id, township_code,
                                                 actor, on_behalf_of)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO NOTHING""")
                .params(d.uuid("recordId"), Timestamp.from(Instant.parse(d.text("occurredAt"))), d.text("source"),
                        d.text("action"), d.text("itemKind"), d.text("itemId"), d.textOrNull("townshipCode"),
                        d.text("actor"), d.textOrNull("onBehalfOf"))
                .update();
    }
}
