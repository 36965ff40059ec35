package org.minyi.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite as {@code ./run.sh} starts it (embedded PostgreSQL, a Kafka broker process, the five
 * service jars as child JVMs), driven through the gateway over real HTTP. Each test works in its own
 * township so that the counts are independent.
 */
class SuiteEndToEndTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static Path dataDir;
    private static LocalSuite suite;
    private static ApiClient gateway;
    private static String adminToken;

    @BeforeAll
    static void startSuite() throws Exception {
        dataDir = Files.createTempDirectory("minyi-e2e");
        Path home = Path.of(System.getProperty("minyi.home", "..")).toAbsolutePath().normalize();
        suite = new LocalSuite(new SuiteSettings(home, dataDir, freePortBlock(5), 0, 0,
                List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")));
        suite.start(Duration.ofMinutes(4));
        gateway = new ApiClient(suite.settings().gatewayUrl());
        adminToken = token("demo-admin");
    }

    @AfterAll
    static void stopSuite() throws IOException {
        if (suite != null) {
            suite.close();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPetitionCreatedThroughTheGatewayAppearsInTheReport() {
        String township = "339901001";
        assertThat(received(township)).isZero();
        String id = createPetition(township);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(township) == 1);
        var petition = gateway.get("/api/petitions/" + id, token("demo-clerk"));
        assertThat(petition.status()).isEqualTo(200);
        assertThat(petition.json().path("townshipCode").asString()).isEqualTo(township);
    }

    @Test
    void withoutAValidTokenNothingIsReachableNeitherThroughTheGatewayNorDirectly() {
        assertThat(gateway.post("/api/petitions", null, body("339901001")).status()).isEqualTo(401);
        ApiClient direct = new ApiClient(suite.service("petition-service").url());
        assertThat(direct.post("/api/petitions", null, body("339901001")).status()).isEqualTo(401);
        assertThat(direct.post("/api/petitions", "e30.e30.e30", body("339901001")).status()).isEqualTo(401);
        // The gateway's token is accepted by the service itself: it verifies it against the gateway's JWKS.
        assertThat(direct.get("/api/petitions/" + UUID.randomUUID(), adminToken).status()).isEqualTo(404);
    }

    @Test
    void aMalformedRequestIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() throws Exception {
        String township = "339901002";
        long storedBefore = petitionEventsStored();
        var refused = gateway.post("/api/petitions", adminToken, body(township).replace("\"subject\":\"道路维修\",", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("subject");
        // A good one afterwards goes all the way, so the pipeline was running while the bad one was refused.
        createPetition(township);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(township) == 1);
        assertThat(petitionEventsStored()).isEqualTo(storedBefore + 1);
    }

    @Test
    void petitionsAcceptedDuringABrokerOutageAllReachTheReportOnce() throws Exception {
        String township = "339901003";
        suite.kafka().kill();
        try {
            for (int i = 0; i < 10; i++) {
                createPetition(township);
            }
            assertThat(received(township)).isZero();
        } finally {
            suite.kafka().start();
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> received(township) >= 10);
        awaitReportingCaughtUp();
        assertThat(received(township)).isEqualTo(10);
    }

    @Test
    void reportingRestartedMidStreamResumesWithoutLossOrDoubleCounting() throws Exception {
        String township = "339901101";
        int total = 40;
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < total; i++) {
                createPetition(township);
                sent.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> received(township) >= 5);
        ServiceProcess reporting = suite.service("reporting-service");
        reporting.kill();
        assertThat(sent.get()).isLessThan(total);
        reporting.start();
        reporting.awaitReady(Duration.ofMinutes(2));
        producer.join();
        await().atMost(Duration.ofSeconds(60)).until(() -> received(township) >= total);
        awaitReportingCaughtUp();
        assertThat(received(township)).isEqualTo(total);
    }

    @Test
    void anEventDeliveredAgainIsCountedOnce() throws Exception {
        String township = "339901102";
        String id = createPetition(township);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(township) == 1);
        ConsumerRecord<byte[], byte[]> original = publishedRecord(id);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(original.topic(), null, original.key(), original.value(), original.headers())).get();
        }
        awaitReportingCaughtUp();
        assertThat(received(township)).isEqualTo(1);
    }

    // --- helpers

    private static String token(String client) {
        var response = gateway.clientCredentials(client, client + "-secret");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }

    private static String body(String township) {
        return """
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"测试人","phone":"13800000000"}],
                 "subject":"道路维修","content":"村道破损"}""".formatted(TODAY, township);
    }

    private static String createPetition(String township) {
        var created = gateway.post("/api/petitions", adminToken, body(township));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static long received(String township) {
        var report = gateway.get("/api/reports/petitions/rates?townshipCode=" + township, adminToken);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json().path("counts").path("received").asLong();
    }

    private static long petitionEventsStored() throws SQLException {
        try (Connection c = DriverManager.getConnection(suite.postgres().jdbcUrl("minyi_petition"), "minyi", "minyi");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until reporting-service's consumer group has committed every offset of the petition topic. */
    private static void awaitReportingCaughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("reporting-service")
                        .partitionsToOffsetAndMetadata().get();
                var partitions = admin.describeTopics(List.of("npc.petition.events")).allTopicNames().get()
                        .get("npc.petition.events").partitions().stream()
                        .map(p -> new TopicPartition("npc.petition.events", p.partition()))
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                var ends = admin.listOffsets(partitions).all().get();
                return ends.entrySet().stream().allMatch(e -> {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    return e.getValue().offset() == 0 || (c != null && c.offset() >= e.getValue().offset());
                });
            });
        }
    }

    private static ConsumerRecord<byte[], byte[]> publishedRecord(String petitionId) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("npc.petition.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (petitionId.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No published record for " + petitionId);
    }

    private static int freePortBlock(int size) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            boolean free = true;
            for (int p = base; p < base + size && free; p++) {
                try (ServerSocket ignored = new ServerSocket(p)) {
                    // free
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("No block of " + size + " free ports");
    }
}
