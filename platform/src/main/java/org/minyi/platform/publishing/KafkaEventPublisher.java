package org.minyi.platform.publishing;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.InvalidEventException;
import org.minyi.contract.PublicEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Sends every event of the service's event store to its Kafka topic, in store order. It runs in its
 * own tracking processor whose token lives in the service's database, so the event store is the
 * outbox: the token only moves once Kafka has acknowledged the send, and while Kafka is down the
 * processor retries the same event with back-off (at least once; consumers deduplicate on the id).
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "minyi-kafka-publisher";

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final List<PublicEventMapper> mappers;
    private final String topic;
    private final URI source;
    private final Duration sendTimeout;
    private final JsonMapper json = JsonMapper.builder().build();

    public KafkaEventPublisher(KafkaTemplate<String, CloudEvent> kafka, List<PublicEventMapper> mappers,
                               String topic, URI source, Duration sendTimeout) {
        this.kafka = kafka;
        this.mappers = List.copyOf(mappers);
        this.topic = topic;
        this.source = source;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    public void publish(Object payload, EventMessage<?> message) throws Exception {
        List<PublicEventMapper.PublicPayload> mapped = mappers.stream()
                .map(m -> m.toPublicEvents(payload)).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        if (mapped.isEmpty()) {
            log.debug("Event {} of type {} is not part of the public contract", message.getIdentifier(),
                    payload.getClass().getSimpleName());
            return;
        }
        String subject = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : message.getIdentifier();
        for (int i = 0; i < mapped.size(); i++) {
            PublicEventMapper.PublicPayload p = mapped.get(i);
            byte[] data = json.writeValueAsBytes(p.data());
            List<String> problems = ContractSchemas.problems(p.type(), data);
            if (!problems.isEmpty()) {
                // A mapping bug: stop here rather than publish something the contract forbids.
                throw new InvalidEventException(p.type(), problems);
            }
            // Stable ids: a retry after a failed send publishes the same ids again, which consumers deduplicate.
            String id = i == 0 ? message.getIdentifier() : UUID.nameUUIDFromBytes(
                    (message.getIdentifier() + "/" + p.type()).getBytes(StandardCharsets.UTF_8)).toString();
            PublicEvent event = new PublicEvent(id, p.type(), source, subject, message.getTimestamp(), p.townshipCode(),
                    data);
            kafka.send(new ProducerRecord<>(topic, subject, CloudEventsEnvelope.toCloudEvent(event)))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
