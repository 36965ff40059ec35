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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.platform.testing.ApiClient;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite as {@code ./run.sh} starts it (embedded PostgreSQL, a Kafka broker process, the five
 * service jars as child JVMs), driven through the gateway over real HTTP. Each test works in its own
 * township so that the counts are independent.
 */
@ExtendWith(RunningSuite.class)
class SuiteEndToEndTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static Path dataDir;
    private static LocalSuite suite;
    private static ApiClient gateway;
    private static String adminToken;

    @BeforeAll
    static void connect() {
        suite = RunningSuite.suite();
        dataDir = RunningSuite.dataDir();
        gateway = new ApiClient(suite.settings().gatewayUrl());
        adminToken = token("demo-admin");
    }

    @Test
    void aPetitionCreatedThroughTheGatewayAppearsInTheReport() {
        String township = "339901001";
        // Other end-to-end classes (the browser test) may have recorded in this township before: count the change.
        long before = received(township);
        String id = createPetition(township);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(township) == before + 1);
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

    @Test
    void personalDataNeverReachesPublishedEventsOrLogs() throws Exception {
        String township = "339901103";
        String name = "司马茜茜";
        String idNumber = "339901198203157756";
        String phone = "13655501234";
        String address = "临河镇柳巷路39号";
        String body = """
                {"channel":"VISIT","receivedOn":"%s","townshipCode":"%s","visitors":1,
                 "petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"%s"}],
                 "subject":"低保申请","content":"申请人%s反映低保问题"}""".formatted(TODAY, township, name, idNumber, phone, address, name);
        var created = gateway.post("/api/petitions", adminToken, body);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        // Read it as the county office and as roles that may not see it, so every path writes its logs.
        assertThat(gateway.get("/api/petitions/" + id, adminToken).body()).contains(idNumber);
        assertThat(gateway.get("/api/petitions/" + id, token("demo-unit")).status()).isEqualTo(403);
        assertThat(gateway.get("/api/petitions/" + id, token("demo-viewer")).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(township) == 1);

        List<String> secrets = List.of(name, idNumber, phone, address);
        for (String topic : List.of("npc.petition.events", "npc.proposal.events", "npc.deputy.events")) {
            for (ConsumerRecord<byte[], byte[]> record : allRecords(topic)) {
                String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
                StringBuilder headers = new StringBuilder();
                record.headers().forEach(h -> headers.append(new String(h.value(), StandardCharsets.UTF_8)));
                assertThat(secrets).allSatisfy(secret -> assertThat(value + headers).doesNotContain(secret));
            }
        }
        try (var logs = Files.list(dataDir.resolve("logs"))) {
            for (Path log : logs.toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                assertThat(secrets).as(log.toString()).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
            }
        }
    }

    // --- helpers

    private static List<ConsumerRecord<byte[], byte[]>> allRecords(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-scan-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var batch = consumer.poll(Duration.ofSeconds(1));
                if (batch.isEmpty()) {
                    emptyPolls++;
                }
                batch.forEach(records::add);
            }
        }
        return records;
    }

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
}
