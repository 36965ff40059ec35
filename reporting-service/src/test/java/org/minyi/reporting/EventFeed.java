package org.minyi.reporting;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.PublicEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Feeds reporting-service as the write services would: contract events as CloudEvents records on the real
 * (embedded) broker, keyed by aggregate id. {@link #awaitApplied} waits until the consumer has taken them.
 */
public final class EventFeed implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer;
    private final JdbcClient jdbc;
    private long sent;
    private final long before;

    /** @param brokers the bootstrap servers of the service's broker (a cached context keeps its own) */
    public EventFeed(JdbcClient jdbc, String brokers) {
        this.jdbc = jdbc;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new CloudEventSerializer());
        this.before = consumed();
    }

    /** Sends one event of {@code type} about aggregate {@code subject}; {@code json} is its payload. */
    public PublicEvent send(String topic, String type, String subject, String townshipCode, String json) {
        PublicEvent event = event(type, subject, townshipCode, json);
        resend(topic, event);
        sent++;
        return event;
    }

    /**
     * Sends a record that breaks the contract: the consumer keeps it aside (rejected_event) and applies nothing,
     * so {@link #awaitApplied} does not wait for it.
     */
    public PublicEvent sendBreakingTheContract(String topic, String type, String subject, String townshipCode, String json) {
        PublicEvent event = event(type, subject, townshipCode, json);
        resend(topic, event);
        return event;
    }

    private static PublicEvent event(String type, String subject, String townshipCode, String json) {
        return new PublicEvent(UUID.randomUUID().toString(), type, URI.create("/minyi/test"), subject, Instant.now(),
                townshipCode, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends an event again (a redelivery): it must change nothing. */
    public void resend(String topic, PublicEvent event) {
        try {
            producer.send(new ProducerRecord<>(topic, event.subject(), CloudEventsEnvelope.toCloudEvent(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every distinct event sent through this feed has been applied. */
    public void awaitApplied() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> consumed() - before >= sent);
    }

    private long consumed() {
        return jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single();
    }

    @Override
    public void close() {
        producer.close();
    }
}
