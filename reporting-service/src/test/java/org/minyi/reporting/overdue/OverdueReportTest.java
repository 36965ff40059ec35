package org.minyi.reporting.overdue;

import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.minyi.platform.testing.TestTokenIssuer;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.petition.PetitionEvents;
import org.minyi.reporting.proposal.ProposalEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The combined overdue list: petition and proposal steps past their deadline, worked out by hand. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(topics = {Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS}, partitions = 3)
class OverdueReportTest {

    private static final String TOWNSHIP = "339901203";
    private static final String UNIT = "339901203-ZF";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reporting_overdue");
    }

    @Test
    void everyStepPastItsDeadlineLongestOverdueFirstWithItsUnit() throws Exception {
        String proposal = UUID.randomUUID().toString();
        PetitionEvents notDisposed;
        PetitionEvents notCompleted;
        try (EventFeed feed = new EventFeed(jdbc)) {
            // P: received 05-01, registered 05-02, never disposed of: disposition due 05-16.
            notDisposed = new PetitionEvents(feed, TOWNSHIP, null, "2025-05-01");
            notDisposed.received("LETTER", null);
            notDisposed.deadlinesSet("2025-05-04", "2025-05-16");
            notDisposed.registered("2025-05-02", "OTHER", List.of(), null, "2025-05-04", "2025-05-16");
            // Q: received 03-01, assigned 03-05 to the township government, completion due 05-04, never completed.
            notCompleted = new PetitionEvents(feed, TOWNSHIP, null, "2025-03-01");
            notCompleted.received("VISIT", 1);
            notCompleted.deadlinesSet("2025-03-04", "2025-03-16");
            notCompleted.registered("2025-03-02", "OTHER", List.of(), null, "2025-03-04", "2025-03-16");
            notCompleted.assigned("2025-03-05", UNIT, "2025-03-16", "2025-05-04");
            // R: a suggestion assigned 01-15 to the same unit, reply due 04-15, no reply.
            ProposalEvents proposals = new ProposalEvents(feed);
            proposals.submitted(proposal, TOWNSHIP, TOWNSHIP, "SUGGESTION", "ECONOMY", null, "2025-01-10");
            proposals.registered(proposal, TOWNSHIP, TOWNSHIP, "2025-01-12");
            proposals.assigned(proposal, TOWNSHIP, TOWNSHIP, "2025-01-15", UNIT, false, "2025-04-15");
            feed.awaitApplied();
        }

        JsonNode report = new ApiClient("http://localhost:" + port).get("/api/reports/overdue?townshipCode=" + TOWNSHIP
                + "&asOf=2025-06-30", TestTokenIssuer.get().token("v", "VIEWER", List.of())).json();
        List<JsonNode> items = new ArrayList<>();
        report.path("items").forEach(items::add);
        // R: 04-15 → 06-30 = 15 + 31 + 30 = 76 days; Q: 05-04 → 06-30 = 27 + 30 = 57; P: 05-16 → 06-30 = 15 + 30 = 45.
        assertThat(items).extracting(i -> i.path("id").asString())
                .containsExactly(proposal, notCompleted.id, notDisposed.id);
        assertThat(items).extracting(i -> i.path("kind").asString() + " " + i.path("step").asString() + " "
                        + i.path("deadline").asString() + " " + i.path("daysOverdue").asLong())
                .containsExactly("PROPOSAL REPLY 2025-04-15 76", "PETITION COMPLETION 2025-05-04 57",
                        "PETITION DISPOSITION 2025-05-16 45");
        assertThat(items.get(1).path("unitName").asString()).isEqualTo("高坪乡人民政府");
        // On the disposition deadline itself P is not yet overdue; the day after, it is (1 day).
        var api = new ApiClient("http://localhost:" + port);
        String viewer = TestTokenIssuer.get().token("v", "VIEWER", List.of());
        assertThat(api.get("/api/reports/overdue?townshipCode=" + TOWNSHIP + "&asOf=2025-05-16", viewer).body())
                .doesNotContain(notDisposed.id);
        assertThat(api.get("/api/reports/overdue?townshipCode=" + TOWNSHIP + "&asOf=2025-05-17", viewer).body())
                .contains(notDisposed.id);
        String otherClerk = TestTokenIssuer.get().token("c", "TOWNSHIP_CLERK", List.of("339901101"));
        assertThat(api.get("/api/reports/overdue?townshipCode=" + TOWNSHIP, otherClerk).status()).isEqualTo(403);
    }
}
