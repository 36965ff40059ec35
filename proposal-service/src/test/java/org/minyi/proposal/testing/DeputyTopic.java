package org.minyi.proposal.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes deputy-service's public events on {@code npc.deputy.events} of the embedded broker exactly
 * as deputy-service does: the contract's CloudEvents envelope, binary mode, key = deputy id, and every
 * payload checked against its JSON Schema before it is sent.
 */
public final class DeputyTopic implements AutoCloseable {

    private static final URI SOURCE = URI.create("/minyi/deputy-service");

    private final KafkaProducer<String, CloudEvent> producer;

    public DeputyTopic() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.embedded.kafka.brokers"),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new CloudEventSerializer());
    }

    /** A mandate as the contract writes it. */
    public record Mandate(String level, String congressCode, int term, String electedOn) {
        String json() {
            return "{\"level\":\"%s\",\"congressCode\":\"%s\",\"term\":%d,\"electedOn\":\"%s\"}"
                    .formatted(level, congressCode, term, electedOn);
        }
    }

    public String registered(UUID deputyId, String name, String township, List<Mandate> mandates) {
        return send(EventTypes.DEPUTY_REGISTERED, deputyId, township, """
                {"deputyId":"%s","townshipCode":"%s","name":"%s","gender":"FEMALE","party":"CPC","occupation":"FARMER",
                 "electoralDistrict":"第一选区","mandates":[%s],"recordedBy":"demo-clerk"}"""
                .formatted(deputyId, township, name,
                        String.join(",", mandates.stream().map(Mandate::json).toList())));
    }

    public String mandateAdded(UUID deputyId, String township, Mandate m) {
        return send(EventTypes.MANDATE_ADDED, deputyId, township, """
                {"deputyId":"%s","townshipCode":"%s","level":"%s","congressCode":"%s","term":%d,"electedOn":"%s",
                 "recordedBy":"demo-clerk"}""".formatted(deputyId, township, m.level(), m.congressCode(), m.term(),
                m.electedOn()));
    }

    public String mandateEnded(UUID deputyId, String township, Mandate m, String endedOn) {
        return send(EventTypes.MANDATE_ENDED, deputyId, township, """
                {"deputyId":"%s","townshipCode":"%s","level":"%s","congressCode":"%s","term":%d,"endedOn":"%s",
                 "reason":"RESIGNED","recordedBy":"demo-clerk"}""".formatted(deputyId, township, m.level(),
                m.congressCode(), m.term(), endedOn));
    }

    /** Sends a payload as the given type; returns the event id. Known types must satisfy their schema. */
    public String send(String type, UUID deputyId, String township, String json) {
        return send(UUID.randomUUID().toString(), type, deputyId, township, json);
    }

    /** Sends with a chosen event id (a redelivery sends the same id again). */
    public String send(String eventId, String type, UUID deputyId, String township, String json) {
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        if (ContractSchemas.knows(type)) {
            List<String> problems = ContractSchemas.problems(type, data);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("payload breaks the contract of " + type + ": " + problems);
            }
        }
        PublicEvent event = new PublicEvent(eventId, type, SOURCE, deputyId.toString(), Instant.now(), township, data);
        try {
            producer.send(new ProducerRecord<>(Topics.DEPUTY_EVENTS, deputyId.toString(),
                    CloudEventsEnvelope.toCloudEvent(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
