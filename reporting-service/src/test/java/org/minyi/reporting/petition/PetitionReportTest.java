package org.minyi.reporting.petition;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.CloudEventsEnvelope;
import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * reporting-service as an external subscriber would feed it: CloudEvents records on a real broker,
 * figures read over real HTTP. Each test uses its own township so the counts do not interfere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(topics = {Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS}, partitions = 2)
class PetitionReportTest {

    private static KafkaProducer<String, CloudEvent> producer;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reporting");
    }

    @AfterAll
    static void close() {
        if (producer != null) {
            producer.close();
        }
    }

    private static synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    System.getProperty("spring.embedded.kafka.brokers"), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new CloudEventSerializer());
        }
        return producer;
    }

    private static PublicEvent received(String eventId, String petitionId, String township, String channel,
                                        String receivedOn, Integer visitors) {
        String data = """
                {"petitionId":"%s","townshipCode":"%s","channel":"%s","receivedOn":"%s","visitors":%s,
                 "petitionerCount":1,"collective":%s,"recordedBy":"demo-clerk"}"""
                .formatted(petitionId, township, channel, receivedOn, visitors, visitors != null && visitors >= 5);
        return new PublicEvent(eventId, EventTypes.PETITION_RECEIVED, URI.create("/minyi/petition-service"),
                petitionId, Instant.now(), township, data.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(PublicEvent event) throws Exception {
        producer().send(new ProducerRecord<>(Topics.PETITION_EVENTS, event.subject(),
                CloudEventsEnvelope.toCloudEvent(event))).get();
    }

    private JsonNode report(String query) {
        var response = new ApiClient("http://localhost:" + port).get("/api/reports/petitions/rates?" + query,
                TestTokenIssuer.get().token("demo-viewer", "VIEWER", List.of()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long consumed() {
        return jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single();
    }

    @Test
    void receivedPetitionsAreCountedPerTownshipChannelAndCohort() throws Exception {
        String township = "339901102";
        send(received(UUID.randomUUID().toString(), UUID.randomUUID().toString(), township, "LETTER", "2026-01-05", null));
        send(received(UUID.randomUUID().toString(), UUID.randomUUID().toString(), township, "VISIT", "2026-02-10", 7));
        send(received(UUID.randomUUID().toString(), UUID.randomUUID().toString(), township, "VISIT", "2026-03-01", 2));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                report("townshipCode=" + township).path("counts").path("received").asLong() == 3);
        JsonNode counts = report("townshipCode=" + township).path("counts");
        assertThat(counts.path("byChannel").path("VISIT").asLong()).isEqualTo(2);
        assertThat(counts.path("byChannel").path("LETTER").asLong()).isEqualTo(1);
        assertThat(counts.path("collective").asLong()).isEqualTo(1);
        assertThat(counts.path("personTimes").asLong()).isEqualTo(9);

        // Cohort by receivedOn, inclusive; as of a date, later petitions do not exist yet.
        assertThat(report("townshipCode=" + township + "&from=2026-02-10&to=2026-03-01")
                .path("counts").path("received").asLong()).isEqualTo(2);
        assertThat(report("townshipCode=" + township + "&asOf=2026-02-09")
                .path("counts").path("received").asLong()).isEqualTo(1);
        assertThat(report("townshipCode=339901103").path("counts").path("received").asLong()).isZero();

        JsonNode grouped = report("groupBy=township&from=2026-01-01&to=2026-03-31");
        assertThat(grouped.path("rows")).hasSize(13);
        long sumOfRows = 0;
        for (JsonNode row : grouped.path("rows")) {
            sumOfRows += row.path("counts").path("received").asLong();
        }
        assertThat(grouped.path("county").path("counts").path("received").asLong()).isEqualTo(sumOfRows);
    }

    @Test
    void theSameEventDeliveredTwiceIsCountedOnce() throws Exception {
        String township = "339901104";
        PublicEvent event = received(UUID.randomUUID().toString(), UUID.randomUUID().toString(), township, "PHONE", "2026-01-05", null);
        send(event);
        send(event);
        PublicEvent next = received(UUID.randomUUID().toString(), UUID.randomUUID().toString(), township, "PHONE", "2026-01-06", null);
        send(next);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("SELECT count(*) FROM consumed_event WHERE event_id = ?").param(next.id()).query(Long.class).single() == 1);
        assertThat(report("townshipCode=" + township).path("counts").path("received").asLong()).isEqualTo(2);
    }

    @Test
    void aRecordBreakingTheContractIsKeptAsideAndDoesNotBlockTheRest() throws Exception {
        String township = "339901105";
        String badId = UUID.randomUUID().toString();
        String petitionId = UUID.randomUUID().toString();
        PublicEvent bad = new PublicEvent(badId, EventTypes.PETITION_RECEIVED, URI.create("/minyi/petition-service"),
                petitionId, Instant.now(), township,
                ("{\"petitionId\":\"" + petitionId + "\",\"name\":\"someone\"}").getBytes(StandardCharsets.UTF_8));
        send(bad);
        PublicEvent good = received(UUID.randomUUID().toString(), petitionId, township, "ONLINE", "2026-01-07", null);
        send(good);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                report("townshipCode=" + township).path("counts").path("received").asLong() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM rejected_event WHERE event_id = ?").param(badId).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void badReportParametersAreRefusedWithTheField() {
        var api = new ApiClient("http://localhost:" + port);
        String token = TestTokenIssuer.get().token("demo-viewer", "VIEWER", List.of());
        var unknown = api.get("/api/reports/petitions/rates?townshipCode=339901999", token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("townshipCode");
        assertThat(api.get("/api/reports/petitions/rates?from=2026-03-01&to=2026-01-01", token).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/petitions/rates", null).status()).isEqualTo(401);
    }
}
