package org.minyi.platform.audit;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.InvalidEventException;
import org.minyi.contract.PublicEvent;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends audit records to the audit topic ({@code minyi.audit.topic}, {@code npc.audit.records}): a CloudEvent of
 * type {@link EventTypes#AUDIT_RECORDED} whose id is the record's id, keyed by the item's id. A send is
 * synchronous and checked against the contract's schema first; a failure throws, so the caller (a tracking
 * processor, an outbox poller) keeps the record and tries again. Consumers deduplicate on the record id.
 */
public class AuditTrail implements DisposableBean {

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final String topic;
    private final String service;
    private final Duration sendTimeout;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuditTrail(KafkaTemplate<String, CloudEvent> kafka, String topic, String service, Duration sendTimeout) {
        this.kafka = kafka;
        this.topic = topic;
        this.service = service;
        this.sendTimeout = sendTimeout;
    }

    /** The name records of this service carry as their {@code source}, e.g. {@code petition-service}. */
    public String service() {
        return service;
    }

    public String topic() {
        return topic;
    }

    /** Sends one record and waits for the broker's acknowledgement; throws when it was not acknowledged. */
    public void send(AuditRecord record) {
        byte[] data = json.writeValueAsBytes(payload(record));
        List<String> problems = ContractSchemas.problems(EventTypes.AUDIT_RECORDED, data);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(EventTypes.AUDIT_RECORDED, problems);
        }
        PublicEvent event = new PublicEvent(record.recordId().toString(), EventTypes.AUDIT_RECORDED,
                URI.create("/minyi/" + record.source()), record.itemId(), record.occurredAt(), record.townshipCode(), data);
        try {
            kafka.send(new ProducerRecord<>(topic, record.itemId(), CloudEventsEnvelope.toCloudEvent(event)))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending audit record " + record.recordId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Audit record " + record.recordId() + " was not acknowledged by Kafka", e);
        }
    }

    /** The payload with every field named, nulls included: the schema's closed shape. */
    static Map<String, Object> payload(AuditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordId", r.recordId().toString());
        m.put("occurredAt", r.occurredAt().toString());
        m.put("source", r.source());
        m.put("action", r.action());
        m.put("itemKind", r.itemKind());
        m.put("itemId", r.itemId());
        m.put("townshipCode", r.townshipCode());
        m.put("actor", r.actor());
        m.put("onBehalfOf", r.onBehalfOf());
        return m;
    }

    @Override
    public void destroy() {
        kafka.getProducerFactory().reset();
    }
}
