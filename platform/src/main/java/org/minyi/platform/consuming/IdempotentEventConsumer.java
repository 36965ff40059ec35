package org.minyi.platform.consuming;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.InvalidEventException;
import org.minyi.contract.PublicEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * Applies each record exactly once in effect: the event id is inserted into {@code consumed_event}
 * in the same transaction as the read-model change, and a second delivery finds it there and does
 * nothing. The Kafka offset is committed only after that transaction, so a crash in between means a
 * redelivery, never a loss.
 */
public class IdempotentEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<EventProjection> projections;

    public IdempotentEventConsumer(JdbcClient jdbc, TransactionTemplate transaction, List<EventProjection> projections) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.projections = List.copyOf(projections);
    }

    /** @return whether the event was applied (false: already applied before, or a type this contract version does not know) */
    public boolean consume(ConsumerRecord<String, CloudEvent> record) {
        return Boolean.TRUE.equals(transaction.execute(status -> applyOnce(record)));
    }

    /**
     * Applies a polled batch in one transaction, which is what makes a replay fast (one commit per batch, not per
     * event). If any record fails, the batch is rolled back and applied again one record per transaction, so a
     * record breaking the contract is set aside alone and the others still apply; any other failure (the database
     * is down) propagates, and the container retries the batch: what was applied is found in
     * {@code consumed_event} and not applied twice.
     *
     * @return how many events were applied
     */
    public int consumeBatch(List<ConsumerRecord<String, CloudEvent>> records) {
        try {
            Integer applied = transaction.execute(status -> applyBatchOnce(records));
            return applied == null ? 0 : applied;
        } catch (InvalidEventException batchHadABadRecord) {
            int n = 0;
            for (ConsumerRecord<String, CloudEvent> record : records) {
                try {
                    n += consume(record) ? 1 : 0;
                } catch (InvalidEventException e) {
                    reject(record, e);
                }
            }
            return n;
        }
    }

    /**
     * Within the caller's transaction: records the batch's event ids in one statement (the dedup is one round trip
     * per batch, not per event), then applies, in order, each event whose id was new.
     */
    private int applyBatchOnce(List<ConsumerRecord<String, CloudEvent>> records) {
        List<ConsumedEvent> events = new java.util.ArrayList<>(records.size());
        for (ConsumerRecord<String, CloudEvent> record : records) {
            ConsumedEvent event = parse(record);
            if (event != null) {
                events.add(event);
            }
        }
        if (events.isEmpty()) {
            return 0;
        }
        java.util.Set<String> fresh = new java.util.HashSet<>(jdbc.sql("""
                        INSERT INTO consumed_event (event_id, event_type, subject, topic, kafka_partition, kafka_offset)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[])
                        ON CONFLICT (event_id) DO NOTHING RETURNING event_id""")
                .params(events.stream().map(ConsumedEvent::id).toArray(String[]::new),
                        events.stream().map(ConsumedEvent::type).toArray(String[]::new),
                        events.stream().map(ConsumedEvent::subject).toArray(String[]::new),
                        events.stream().map(ConsumedEvent::topic).toArray(String[]::new),
                        events.stream().map(ConsumedEvent::partition).toArray(Integer[]::new),
                        events.stream().map(ConsumedEvent::offset).toArray(Long[]::new))
                .query(String.class).list());
        int applied = 0;
        for (ConsumedEvent event : events) {
            // remove(): an id twice in one batch (a redelivery next to the original) is applied once.
            if (fresh.remove(event.id())) {
                project(event);
                applied++;
            }
        }
        return applied;
    }

    /** Within the caller's transaction: records the event id and applies the event, unless seen before. */
    private boolean applyOnce(ConsumerRecord<String, CloudEvent> record) {
        ConsumedEvent consumed = parse(record);
        if (consumed == null) {
            return false;
        }
        int inserted = jdbc.sql("""
                        INSERT INTO consumed_event (event_id, event_type, subject, topic, kafka_partition, kafka_offset)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
                .params(consumed.id(), consumed.type(), consumed.subject(), consumed.topic(),
                        consumed.partition(), consumed.offset())
                .update();
        if (inserted == 0) {
            return false;
        }
        project(consumed);
        return true;
    }

    private void project(ConsumedEvent consumed) {
        for (EventProjection projection : projections) {
            if (projection.handles(consumed.type())) {
                projection.apply(consumed);
            }
        }
    }

    /** The record as a checked contract event; null for a type this contract version does not know. */
    private ConsumedEvent parse(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            // The deserializer could not read the record as a CloudEvent (its reason is in the record's headers).
            throw new InvalidEventException(header(record, "ce_type"), List.of("not a readable CloudEvents record"));
        }
        PublicEvent event;
        try {
            event = CloudEventsEnvelope.fromCloudEvent(record.value());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidEventException(header(record, "ce_type"), List.of("envelope: " + e.getMessage()));
        }
        if (!ContractSchemas.knows(event.type())) {
            // A newer publisher's type: skip it; a rebuild after upgrading the contract picks it up.
            log.debug("Skipping event {} of unknown type {}", event.id(), event.type());
            return null;
        }
        JsonNode data = ContractSchemas.parseValid(event.type(), event.data());
        return new ConsumedEvent(event.id(), event.type(), event.subject(), event.townshipCode(),
                event.time(), data, record.topic(), record.partition(), record.offset());
    }

    /** Keeps a record that can never be applied, with the reason, so it is neither lost nor blocking. */
    public void reject(ConsumerRecord<?, ?> record, Exception reason) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        log.error("Rejected event {} of type {} at {}-{}@{}: {}", id, type, record.topic(), record.partition(),
                record.offset(), reason.getClass().getSimpleName());
        jdbc.sql("""
                        INSERT INTO rejected_event (event_id, event_type, topic, kafka_partition, kafka_offset, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, type, record.topic(), record.partition(), record.offset(), String.valueOf(reason.getMessage()))
                .update();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
