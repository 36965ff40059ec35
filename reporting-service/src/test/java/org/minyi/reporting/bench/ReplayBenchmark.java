package org.minyi.reporting.bench;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.consuming.ReadModelRebuild;
import org.minyi.platform.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Benchmark, not a test (tag {@code benchmark}, run by {@code ./bench.sh}): replays N events from Kafka into
 * reporting-service's read models through the real consumer (the rebuild operation: empty, then read from the
 * start), beside a baseline in the same run that only reads and deserializes the same records from Kafka.
 * Prints {@code name: value unit} lines. {@code -Dminyi.bench.events=N} (default 50,000).
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(topics = {Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS}, partitions = 6)
class ReplayBenchmark {

    private static final int EVENTS = Integer.getInteger("minyi.bench.events", 50_000);
    private static final List<String> TOWNSHIPS = List.of("339901001", "339901002", "339901003", "339901101",
            "339901102", "339901103", "339901104", "339901105", "339901106", "339901107", "339901201", "339901202", "339901203");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModelRebuild rebuild;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reporting_bench");
    }

    @Test
    void replay() throws Exception {
        String brokers = System.getProperty("spring.embedded.kafka.brokers");
        produce(brokers);
        waitForConsumed(EVENTS, Duration.ofMinutes(30));

        long readStart = System.nanoTime();
        long read = readAll(brokers);
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        long replayStart = System.nanoTime();
        rebuild.start();
        waitForConsumed(EVENTS, Duration.ofMinutes(30));
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;

        System.out.printf("reporting.replay.events: %d events%n", EVENTS);
        System.out.printf("reporting.replay.baseline_read: %.0f events/s%n", read / readSeconds);
        System.out.printf("reporting.replay.project: %.0f events/s%n", EVENTS / replaySeconds);
        System.out.printf("reporting.replay.project_vs_read: %.2f ratio%n", (EVENTS / replaySeconds) / (read / readSeconds));
    }

    /** A county's mix: petitions received, duty activities of two deputies, deputies registered. */
    private static void produce(String brokers) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        LocalDate start = LocalDate.of(2016, 1, 1);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new CloudEventSerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                String township = TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size()));
                String day = start.plusDays(random.nextInt(3650)).toString();
                String id = UUID.randomUUID().toString();
                String topic;
                String type;
                String data;
                switch (i % 4) {
                    case 0, 1 -> {
                        topic = Topics.PETITION_EVENTS;
                        type = EventTypes.PETITION_RECEIVED;
                        data = """
                                {"petitionId":"%s","townshipCode":"%s","channel":"LETTER","receivedOn":"%s",
                                 "petitionerCount":1,"collective":false,"recordedBy":"bench"}""".formatted(id, township, day);
                    }
                    case 2 -> {
                        topic = Topics.DEPUTY_EVENTS;
                        type = EventTypes.DUTY_ACTIVITY_LOGGED;
                        data = """
                                {"activityId":"%s","townshipCode":"%s","type":"VOTER_VISIT","heldOn":"%s",
                                 "deputyIds":["%s","%s"],"itemsCollected":2,"recordedBy":"bench"}"""
                                .formatted(id, township, day, UUID.randomUUID(), UUID.randomUUID());
                    }
                    default -> {
                        topic = Topics.DEPUTY_EVENTS;
                        type = EventTypes.DEPUTY_REGISTERED;
                        data = """
                                {"deputyId":"%s","townshipCode":"%s","name":"代表","gender":"MALE","party":"CPC",
                                 "occupation":"FARMER","mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":18,
                                 "electedOn":"2021-10-15"}],"recordedBy":"bench"}""".formatted(id, township, township);
                    }
                }
                PublicEvent event = new PublicEvent(UUID.randomUUID().toString(), type, URI.create("/minyi/bench"), id,
                        Instant.now(), township, data.getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(topic, id, CloudEventsEnvelope.toCloudEvent(event)));
            }
            producer.flush();
        }
    }

    /** The baseline: a plain consumer reading and deserializing every record of the three topics, no database. */
    private static long readAll(String brokers) {
        long count = 0;
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "bench-baseline-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS));
            while (count < EVENTS) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (CloudEventsEnvelope.fromCloudEvent(record.value()).data().length > 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private void waitForConsumed(long expected, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all events were applied within " + limit);
            }
            Thread.sleep(50);
        }
    }
}
