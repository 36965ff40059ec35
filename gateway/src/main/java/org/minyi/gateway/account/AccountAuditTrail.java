package org.minyi.gateway.account;

import org.minyi.platform.audit.AuditRecord;
import org.minyi.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Sends the account administration log ({@code account_change}) to the audit trail, in order: each row not sent
 * yet becomes one record (actor = who changed it, or {@code sign-in} for a lock-out after failed sign-ins; item =
 * the account) and is marked sent in the same transaction, after Kafka acknowledged it. The log is the outbox: a
 * Kafka outage only delays the records. Record ids derive from the row's id, so a repeated send is recognised.
 * The action is the row's change, except that an update which switched the account off or on says DISABLED or
 * ENABLED. Never a secret: the log holds none.
 */
@Component
public class AccountAuditTrail {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(AccountAuditTrail.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<AuditTrail> trail;
    private final Clock clock = Clock.systemUTC();

    public AccountAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager, ObjectProvider<AuditTrail> trail) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.trail = trail;
    }

    @Scheduled(initialDelayString = "${minyi.audit.poll-interval:1s}", fixedDelayString = "${minyi.audit.poll-interval:1s}")
    public void sendPending() {
        AuditTrail audit = trail.getIfAvailable();
        if (audit == null) {
            return; // no audit topic: the rows wait
        }
        try {
            int sent;
            do {
                Integer n = transaction.execute(status -> sendBatch(audit));
                sent = n == null ? 0 : n;
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            log.warn("Account changes not sent to the audit trail yet, retrying: {}", e.getClass().getSimpleName());
        }
    }

    private int sendBatch(AuditTrail audit) {
        List<Change> changes = jdbc.sql("""
                        SELECT c.id, c.username, c.change, c.changed_at, c.changed_by, c.townships, c.enabled,
                               (SELECT p.enabled FROM account_change p WHERE p.username = c.username AND p.id < c.id
                                ORDER BY p.id DESC LIMIT 1) AS enabled_before
                        FROM account_change c WHERE c.audit_sent_at IS NULL
                        ORDER BY c.id LIMIT :batch FOR UPDATE OF c SKIP LOCKED""")
                .param("batch", BATCH)
                .query((rs, n) -> {
                    Array townships = rs.getArray("townships");
                    return new Change(rs.getLong("id"), rs.getString("username"), rs.getString("change"),
                            rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                            townships == null ? List.of() : Arrays.asList((String[]) townships.getArray()),
                            rs.getBoolean("enabled"), (Boolean) rs.getObject("enabled_before"));
                })
                .list();
        for (Change c : changes) {
            audit.send(c.toRecord(audit.service()));
        }
        if (!changes.isEmpty()) {
            jdbc.sql("UPDATE account_change SET audit_sent_at = :now WHERE id IN (:ids)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", changes.stream().map(Change::id).toList())
                    .update();
        }
        return changes.size();
    }

    record Change(long id, String username, String change, Instant changedAt, String changedBy, List<String> townships,
                  boolean enabled, Boolean enabledBefore) {

        String action() {
            if ("UPDATED".equals(change) && enabledBefore != null && enabledBefore != enabled) {
                return enabled ? "ENABLED" : "DISABLED";
            }
            return change;
        }

        AuditRecord toRecord(String source) {
            UUID recordId = UUID.nameUUIDFromBytes(("gateway/account_change/" + id).getBytes(StandardCharsets.UTF_8));
            return new AuditRecord(recordId, changedAt, source, action(), "ACCOUNT", username,
                    townships.size() == 1 ? townships.get(0) : null, changedBy, null);
        }
    }
}
