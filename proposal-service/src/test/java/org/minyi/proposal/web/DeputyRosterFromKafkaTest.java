package org.minyi.proposal.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.minyi.proposal.testing.DeputyTopic;
import org.minyi.proposal.testing.DeputyTopic.Mandate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service learns who may sign only from deputy-service's public events: deputies registered on
 * {@code npc.deputy.events} (real contract events, schema-checked, in the CloudEvents envelope) become able
 * to submit, and a deputy whose {@code MandateEnded} arrives is refused with 422.
 */
@ServiceApiTest(topics = {Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS})
class DeputyRosterFromKafkaTest {

    /** A township of its own: the context (and database) is shared with the other API tests. */
    static final String TOWNSHIP = "339901103";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Mandate MANDATE = new Mandate("TOWNSHIP", TOWNSHIP, 18, "2021-12-20");

    private static DeputyTopic topic;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long consumed() {
        return jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single();
    }

    /** Waits until the service's consumer has applied this many deputy events (its dedup table counts them). */
    void awaitConsumed(long count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> consumed() >= count);
    }

    @AfterAll
    static void close() {
        if (topic != null) {
            topic.close();
        }
    }

    static String motion(UUID lead, List<UUID> coSigners) {
        return """
                {"kind":"MOTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","coSignerIds":[%s],
                 "title":"关于整治白沙河的议案","category":"ENVIRONMENT"}"""
                .formatted(TOWNSHIP, TODAY, lead, String.join(",", coSigners.stream().map(i -> "\"" + i + "\"").toList()));
    }

    @Test
    void deputiesRegisteredInDeputyServiceCanSubmitAndOneWhoseMandateEndedCannot() {
        topic = new DeputyTopic();
        ApiClient api = new ApiClient("http://localhost:" + port);
        List<UUID> deputies = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        UUID lead = deputies.get(0);
        String body = motion(lead, deputies.subList(1, 5));
        long before = consumed();

        // Before any event, nobody serves here.
        var unknown = api.post("/api/proposals", Tokens.deputy(lead.toString()), body);
        assertThat(unknown.status()).isEqualTo(422);

        for (int i = 0; i < deputies.size(); i++) {
            topic.registered(deputies.get(i), "白沙代表" + i, TOWNSHIP, List.of(MANDATE));
        }
        awaitConsumed(before + 5);

        var created = api.post("/api/proposals", Tokens.deputy(lead.toString()), body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("leadDeputy").path("name").asString()).isEqualTo("白沙代表0");

        // One co-signer's mandate ends: the same motion is refused naming that co-signer.
        UUID leaving = deputies.get(3);
        topic.mandateEnded(leaving, TOWNSHIP, MANDATE, TODAY.toString());
        awaitConsumed(before + 6);
        var refused = api.post("/api/proposals", Tokens.deputy(lead.toString()), body);
        assertThat(refused.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactly("coSignerIds[2]");

        // And the deputy whose mandate ended cannot lead a suggestion either.
        var alone = api.post("/api/proposals", Tokens.deputy(leaving.toString()), """
                {"kind":"SUGGESTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","title":"增设路灯","category":"OTHER"}"""
                .formatted(TOWNSHIP, TODAY, leaving));
        assertThat(alone.status()).isEqualTo(422);
    }
}
