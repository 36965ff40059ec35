package org.minyi.petition.personaldata;

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

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reads of petitioners' personal data, for the audit trail (offices are asked who looked at whose data, and when).
 * A read is one row in {@code personal_data_read}, written in the request that shows the data (one insert, so the
 * read stays fast and the record survives a Kafka outage); a poller sends unsent rows to the audit topic in order
 * and marks them sent. At least once: the record id is the row's, so a repeated send is recognised downstream.
 * A row says who, when, which petition and its township: nothing about the petitioners.
 */
@Component
public class PersonalDataReads {

    /** Rows sent per transaction of the poller. */
    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PersonalDataReads.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<AuditTrail> trail;
    private final String service;
    private final Clock clock = Clock.systemUTC();

    public PersonalDataReads(JdbcClient jdbc, PlatformTransactionManager transactionManager, ObjectProvider<AuditTrail> trail,
                             @org.springframework.beans.factory.annotation.Value("${spring.application.name}") String service) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.trail = trail;
        this.service = service;
    }

    /** Records that {@code account} was just shown the personal data of the petitioners of {@code petitionId}. */
    public void record(String account, UUID petitionId, String townshipCode) {
        jdbc.sql("""
                        INSERT INTO personal_data_read (record_id, read_at, account, petition_id, township_code)
                        VALUES (:record, :at, :account, :petition, :township)""")
                .param("record", UUID.randomUUID()).param("at", Timestamp.from(clock.instant()))
                .param("account", account).param("petition", petitionId).param("township", townshipCode)
                .update();
    }

    /** Sends what is not sent yet, a batch per transaction; a failed send leaves its batch for the next round. */
    @Scheduled(fixedDelayString = "${minyi.petition.personal-data-reads.poll-interval:1s}",
            initialDelayString = "${minyi.petition.personal-data-reads.poll-interval:1s}")
    public void sendPending() {
        AuditTrail audit = trail.getIfAvailable();
        if (audit == null) {
            return; // no audit topic configured: the rows wait
        }
        try {
            int sent;
            do {
                Integer n = transaction.execute(status -> sendBatch(audit));
                sent = n == null ? 0 : n;
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            log.warn("Personal-data reads not sent to the audit trail yet, retrying: {}", e.getClass().getSimpleName());
        }
    }

    private int sendBatch(AuditTrail audit) {
        List<Pending> rows = jdbc.sql("""
                        SELECT id, record_id, read_at, account, petition_id, township_code FROM personal_data_read
                        WHERE sent_at IS NULL ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""")
                .param("batch", BATCH)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getObject("record_id", UUID.class),
                        rs.getTimestamp("read_at").toInstant(), rs.getString("account"),
                        rs.getObject("petition_id", UUID.class), rs.getString("township_code")))
                .list();
        for (Pending p : rows) {
            audit.send(new AuditRecord(p.recordId(), p.readAt(), service, AuditRecord.PERSONAL_DATA_READ, "PETITION",
                    p.petitionId().toString(), p.townshipCode(), p.account(), null));
        }
        if (!rows.isEmpty()) {
            jdbc.sql("UPDATE personal_data_read SET sent_at = :now WHERE id IN (:ids)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", rows.stream().map(Pending::id).toList())
                    .update();
        }
        return rows.size();
    }

    private record Pending(long id, UUID recordId, Instant readAt, String account, UUID petitionId, String townshipCode) {
    }
}
