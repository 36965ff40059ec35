package org.minyi.platform.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * What a write service published on its topic of the embedded broker, read as an external subscriber
 * would (CloudEvents from the earliest offset). Subscribes on first use: the embedded broker starts
 * with the Spring context, after a test class is set up. Polls on the caller's thread: a Kafka consumer
 * is not thread-safe.
 */
public final class PublishedEvents implements AutoCloseable {

    private final String topic;
    private final List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
    private KafkaConsumer<String, CloudEvent> consumer;

    public PublishedEvents(String topic) {
        this.topic = topic;
    }

    /** Every record read so far, after reading until there are at least {@code count}. */
    public synchronized List<ConsumerRecord<String, CloudEvent>> atLeast(int count) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            readFor(Duration.ofMillis(200));
            return records.size() >= count;
        });
        return List.copyOf(records);
    }

    /** The records of one aggregate, after reading until there are at least {@code count} of them. */
    public synchronized List<ConsumerRecord<String, CloudEvent>> of(String aggregateId, int count) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            readFor(Duration.ofMillis(200));
            return records.stream().filter(r -> aggregateId.equals(r.key())).count() >= count;
        });
        return records.stream().filter(r -> aggregateId.equals(r.key())).toList();
    }

    /** Reads whatever arrives within the given time; returns everything read so far. */
    public synchronized List<ConsumerRecord<String, CloudEvent>> readFor(Duration duration) {
        consumer().poll(duration).forEach(records::add);
        return List.copyOf(records);
    }

    private KafkaConsumer<String, CloudEvent> consumer() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.embedded.kafka.brokers"),
                    ConsumerConfig.GROUP_ID_CONFIG, "published-events-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new CloudEventDeserializer());
            consumer.subscribe(List.of(topic));
        }
        return consumer;
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
