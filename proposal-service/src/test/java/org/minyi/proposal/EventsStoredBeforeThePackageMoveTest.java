package org.minyi.proposal;

import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal's classes moved from {@code org.minyi.proposal.proposal} to {@code org.minyi.proposal.model};
 * the event store keeps each payload's class name, so events written before the move carry the old one.
 * Such a stream still loads (MovedEventTypes), and the proposal takes its next step.
 */
@ServiceApiTest(topics = {Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS})
class EventsStoredBeforeThePackageMoveTest {

    static final String TOWNSHIP = "339901104";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String OLD_PACKAGE = "org.minyi.proposal.proposal.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    UUID submitted(ApiClient api, UUID lead) {
        UUID id = UUID.randomUUID();
        var created = api.post("/api/proposals", Tokens.clerk(TOWNSHIP), """
                {"id":"%s","kind":"SUGGESTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","title":"修缮桥梁",
                 "category":"OTHER"}""".formatted(id, TOWNSHIP, TODAY, lead));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    @Test
    void aStreamWrittenUnderTheOldClassNamesLoadsAndTakesTheNextStep() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        UUID lead = UUID.randomUUID();
        jdbc.sql("INSERT INTO deputy_congress_mandate VALUES (?, 'TOWNSHIP', ?, 18, '2021-12-20', 'SERVING', NULL)")
                .params(lead, TOWNSHIP).update();
        UUID old = submitted(api, lead);
        UUID model = submitted(api, lead);
        assertThat(api.post("/api/proposals/" + model + "/register", Tokens.clerk(TOWNSHIP),
                "{\"registeredOn\":\"" + TODAY + "\"}").status()).isEqualTo(200);

        // The old proposal's store as written before the move: its submission under the old class name, and a
        // registration (a real event's JSON, copied) inserted under the old name as well.
        jdbc.sql("UPDATE domainevententry SET payloadtype = replace(payloadtype, 'org.minyi.proposal.model.', ?) "
                + "WHERE aggregateidentifier = ?").params(OLD_PACKAGE, old.toString()).update();
        Map<String, Object> registration = jdbc.sql("""
                        SELECT payload, metadata, timestamp FROM domainevententry
                        WHERE aggregateidentifier = ? AND sequencenumber = 1""")
                .param(model.toString()).query().singleRow();
        String json = new String((byte[]) registration.get("payload"), StandardCharsets.UTF_8)
                .replace(model.toString(), old.toString());
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                            payload, payloadtype, timestamp)
                        VALUES (?, 1, 'Proposal', ?, ?, ?, ?, ?)""")
                .params(old.toString(), UUID.randomUUID().toString(), registration.get("metadata"),
                        json.getBytes(StandardCharsets.UTF_8), OLD_PACKAGE + "ProposalRegistered", registration.get("timestamp"))
                .update();
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?")
                .params(old.toString(), OLD_PACKAGE + "%").query(Long.class).single()).isEqualTo(2L);

        // Registered as the old events say (the view, written before, does not know): assignment is accepted.
        var assigned = api.post("/api/proposals/" + old + "/assign", Tokens.clerk(TOWNSHIP), """
                {"assignedOn":"%s","leadUnitCode":"%s-ZF","responsibleLeader":"张副镇长","handler":"李干事"}"""
                .formatted(TODAY, TOWNSHIP));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        JsonNode item = assigned.json();
        assertThat(item.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(item.path("version").asLong()).isEqualTo(2L);
    }
}
