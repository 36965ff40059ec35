package org.minyi.petition;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.petition.model.PetitionReceived;
import org.minyi.petition.model.PetitionRegistered;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event store written before the petition's classes moved from {@code org.minyi.petition.petition} to
 * {@code org.minyi.petition.model}: its events keep their old type names (the payloads are the same), and the
 * petition still loads, takes its next step and reads as before.
 */
@ServiceApiTest(topics = Topics.PETITION_EVENTS)
class EventsStoredBeforeTheMoveTest {

    static final String TOWNSHIP = "339901101";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore events;

    @Test
    void aPetitionStoredUnderTheOldTypeNamesLoadsAndGoesOn() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        String clerk = Tokens.clerk(TOWNSHIP);
        var created = api.post("/api/petitions", clerk, """
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"陈旧","phone":"13700002222"}],"subject":"搬家前的信访件"}""".formatted(TODAY, TOWNSHIP));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(api.step("/api/petitions/" + id + "/register", clerk,
                "{\"registeredOn\":\"" + TODAY + "\",\"category\":\"LAND\"}", 0L).status()).isEqualTo(200);

        // As the store held them before the move.
        int rewritten = jdbc.sql("""
                        UPDATE domainevententry
                        SET payloadtype = replace(payloadtype, 'org.minyi.petition.model.', 'org.minyi.petition.petition.')
                        WHERE aggregateidentifier = ?""").param(id).update();
        assertThat(rewritten).isEqualTo(2);
        assertThat(jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(id).query(String.class).list()).containsExactly(
                "org.minyi.petition.petition.PetitionReceived", "org.minyi.petition.petition.PetitionRegistered");

        // Read back as today's classes ...
        List<Object> payloads = events.readEvents(id).asStream().map(e -> (Object) e.getPayload()).toList();
        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0)).isInstanceOf(PetitionReceived.class);
        assertThat(payloads.get(1)).isInstanceOf(PetitionRegistered.class);

        // ... and the aggregate loads from them: the next step is taken on the state they built.
        var assigned = api.step("/api/petitions/" + id + "/assign", clerk,
                "{\"assignedOn\":\"" + TODAY + "\",\"unitCode\":\"" + TOWNSHIP + "-ZF\"}", 1L);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.json().path("category").asString()).isEqualTo("LAND");
        assertThat(assigned.header("ETag")).isEqualTo("\"2\"");
        assertThat(jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2")
                .param(id).query(String.class).single()).isEqualTo("org.minyi.petition.model.PetitionAssigned");
    }
}
