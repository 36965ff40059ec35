package org.minyi.platform.publishing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.minyi.platform.audit.AuditTrail;

/**
 * Sends an audit record for every step in the service's event store (who recorded it, for whom, on which item),
 * in store order, beside {@link KafkaEventPublisher} and in the same way: its own tracking processor and token,
 * starting at the tail (all history is audited), the token moving only once Kafka has acknowledged the record,
 * a failure retried with back-off. Record ids derive from the event's id, so a retry sends the same ids again.
 */
@ProcessingGroup(AuditTrailPublisher.PROCESSING_GROUP)
public class AuditTrailPublisher {

    public static final String PROCESSING_GROUP = "minyi-audit-publisher";

    private final AuditTrail trail;
    private final AuditedEvents events;

    public AuditTrailPublisher(AuditTrail trail, AuditedEvents events) {
        this.trail = trail;
        this.events = events;
    }

    @EventHandler
    public void record(Object payload, EventMessage<?> message) {
        events.describe(payload, message).ifPresent(trail::send);
    }
}
