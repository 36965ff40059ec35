package org.minyi.local.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class KafkaBrokerTest {

    private static final String TOPIC = "outage-test";

    @TempDir
    Path tmp;

    @BeforeAll
    static void quietKafkaClients() {
        // No logback-test.xml here; client DEBUG output would drown the report.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.WARN);
    }

    @Test
    void dataAndPortSurviveACrashAndRestart() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(tmp.resolve("kafka"), 0)) {
            broker.start();
            String bootstrap = broker.bootstrapServers();
            assertThat(tmp.resolve("kafka/meta.properties")).exists();
            assertThat(tmp.resolve("kafka.log")).isNotEmptyFile();

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }

            KafkaProducer<String, String> producer = producer(bootstrap);
            try {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "k" + i, "v" + i)).get(10, TimeUnit.SECONDS);
                }

                broker.kill();
                assertThat(broker.isRunning()).isFalse();

                long before = System.nanoTime();
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "lost", "lost"))
                        .get(20, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TimeoutException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
            } finally {
                producer.close(Duration.ofSeconds(1));
            }

            broker.start();
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);

            try (KafkaConsumer<String, String> consumer = consumer(bootstrap);
                    KafkaProducer<String, String> after = producer(bootstrap)) {
                consumer.subscribe(List.of(TOPIC));
                assertThat(pollValues(consumer, 10))
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10).mapToObj(i -> "v" + i).toList());

                after.send(new ProducerRecord<>(TOPIC, "k10", "v10")).get(10, TimeUnit.SECONDS);
                assertThat(pollValues(consumer, 1)).containsExactly("v10");
            }

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            // The child is really gone: its port can be bound again.
            assertThat(LocalPorts.isFree(broker.port())).isTrue();
        }
        assertThat(Files.readString(tmp.resolve("kafka.log"))).contains("KafkaBroker: starting Kafka broker");
    }

    private static List<String> pollValues(KafkaConsumer<String, String> consumer, int expected) {
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (values.size() < expected && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                values.add(record.value());
            }
        }
        return values;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                // Small timeouts so a send during the outage fails in seconds, not minutes.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4_000,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "outage-test-group",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
