package org.minyi.petition.migration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.PlatformSchema;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.EmbeddedPostgresSupport;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before petitioners were encrypted (schema V3, a {@code PetitionReceived} of payload
 * revision null with the petitioners in plain form, its view and timeline rows): the service starts on it,
 * seals those petitioners once ({@code V6__SealPlainPetitioners}), and the petition then loads, reads,
 * goes on through its lifecycle and can be erased like any other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(topics = Topics.PETITION_EVENTS, partitions = 1)
class LegacyPlainPetitionersTest {

    static final UUID ID = UUID.randomUUID();
    static final String TOWNSHIP = "339901101";
    static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(5);
    static final String NAME = "诸葛晓岚";
    static final String ID_NUMBER = "339901196512120036";
    static final String PHONE = "13512345678";
    static final String ADDRESS = "青石镇旧街9号";
    static final PublishedEvents published = new PublishedEvents(Topics.PETITION_EVENTS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void legacyDatabase(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresSupport.newDatabase("petition_legacy");
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").target("3")
                .load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "postgres", "postgres");
        PlatformSchema.migrate(dataSource, "eventstore");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // As the intake-only version stored it: the event (Axon's Jackson serializer, no revision) ...
        String payload = """
                {"petitionId":"%s","channel":"VISIT","receivedOn":"%s","townshipCode":"%s","villageCode":null,
                 "visitors":2,"petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"%s"},
                 {"name":"欧阳二","idNumber":null,"phone":null,"address":null}],"collective":false,
                 "subject":"旧数据","content":"升级前的信访件","accusedUnitCode":null,"recordedBy":"demo-clerk",
                 "onBehalfOf":null}""".formatted(ID, RECEIVED_ON, TOWNSHIP, NAME, ID_NUMBER, PHONE, ADDRESS);
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                            payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, 0, 'Petition', ?, ?, ?, NULL, 'org.minyi.petition.petition.PetitionReceived', ?)""")
                .params(ID.toString(), UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                        payload.getBytes(StandardCharsets.UTF_8), "2026-01-01T02:00:00Z")
                .update();
        // ... and its view, petitioners in plain form.
        jdbc.sql("""
                        INSERT INTO petition_view (id, township_code, channel, received_on, state, visitors, petitioner_count,
                            collective, subject, content, petitioners, version)
                        VALUES (?, ?, 'VISIT', ?, 'RECEIVED', 2, 2, FALSE, '旧数据', '升级前的信访件', ?::jsonb, 0)""")
                .params(ID, TOWNSHIP, RECEIVED_ON, """
                        [{"name":"%s","idNumber":"%s","phone":"%s","address":"%s"},
                         {"name":"欧阳二","idNumber":null,"phone":null,"address":null}]""".formatted(NAME, ID_NUMBER, PHONE, ADDRESS))
                .update();
        jdbc.sql("""
                        INSERT INTO petition_timeline (petition_id, seq, action, business_date, recorded_by, recorded_at)
                        VALUES (?, 0, 'RECEIVE', ?, 'demo-clerk', now())""")
                .params(ID, RECEIVED_ON)
                .update();

        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        TestTokenIssuer issuer = TestTokenIssuer.get();
        registry.add("minyi.security.issuer", issuer::issuer);
        registry.add("minyi.security.jwk-set-uri", issuer::jwkSetUri);
    }

    @AfterAll
    static void close() {
        published.close();
    }

    @Test
    void plainPetitionersAreSealedOnceAndThePetitionLivesOn() {
        // Stored sealed now, in the event store and in the view, each person with a key.
        String event = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                .param(ID.toString()).query(String.class).single();
        String view = jdbc.sql("SELECT petitioners::text FROM petition_view WHERE id = ?").param(ID).query(String.class).single();
        for (String stored : List.of(event, view)) {
            assertThat(stored).doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS, "欧阳二").contains("\"sealed\"");
        }
        assertThat(event).contains("\"registrationDeadline\":\"" + RECEIVED_ON.plusDays(3) + "\"");
        assertThat(jdbc.sql("SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = ?")
                .param(ID.toString()).query(String.class).single()).isEqualTo("2");
        assertThat(jdbc.sql("SELECT count(*) FROM person_key WHERE petition_id = ?").param(ID).query(Long.class).single())
                .isEqualTo(2L);

        // It reads as before, with the next step and deadline it was missing.
        ApiClient api = new ApiClient("http://localhost:" + port);
        String clerk = TestTokenIssuer.get().token("demo-clerk", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
        JsonNode petition = api.get("/api/petitions/" + ID, clerk).json();
        assertThat(petition.path("petitioners").get(0).path("name").asString()).isEqualTo(NAME);
        assertThat(petition.path("petitioners").get(0).path("idNumber").asString()).isEqualTo(ID_NUMBER);
        assertThat(petition.path("petitioners").get(1).path("name").asString()).isEqualTo("欧阳二");
        assertThat(petition.path("nextStep").asString()).isEqualTo("REGISTER");
        assertThat(petition.path("deadline").asString()).isEqualTo(RECEIVED_ON.plusDays(3).toString());
        assertThat(petition.path("overdue").asBoolean()).isTrue();

        // The aggregate loads: the lifecycle goes on, with the deadlines from the file.
        var registered = api.send(api.request("/api/petitions/" + ID + "/register", clerk)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"registeredOn\":\"" + RECEIVED_ON.plusDays(1) + "\",\"category\":\"OTHER\"}")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().path("deadline").asString()).isEqualTo(RECEIVED_ON.plusDays(15).toString());

        // A new petition by the same person finds it as the earlier one.
        var again = api.post("/api/petitions", clerk, """
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"%s","idNumber":"%s"}],"subject":"又来信"}""".formatted(
                RECEIVED_ON.plusDays(2), TOWNSHIP, NAME, ID_NUMBER));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("repeatCandidates").get(0).asString()).isEqualTo(ID.toString());

        // And erasure works for these petitioners too.
        var erased = api.send(api.request("/api/petitions/" + ID + "/erasure", clerk)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body()).doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS, "欧阳二");
        erased.json().path("petitioners").forEach(p -> assertThat(p.path("erased").asBoolean()).isTrue());

        // The publisher, starting on this store, publishes its history without personal data.
        var records = published.of(ID.toString(), 3);
        assertThat(records.stream().map(r -> r.value().getType()).toList()).containsExactly(
                EventTypes.PETITION_RECEIVED, EventTypes.PETITION_DEADLINES_SET, EventTypes.PETITION_REGISTERED);
        records.forEach(r -> assertThat(new String(r.value().getData().toBytes(), StandardCharsets.UTF_8))
                .doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS));
    }
}
