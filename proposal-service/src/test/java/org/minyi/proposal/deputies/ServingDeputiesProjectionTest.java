package org.minyi.proposal.deputies;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.proposal.testing.DeputyTopic;
import org.minyi.proposal.testing.DeputyTopic.Mandate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local roster of serving deputies, fed only by real contract events on the embedded broker. Shares the
 * API tests' context: it counts the events consumed since it began, its deputies are its own.
 */
@ServiceApiTest(topics = {Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS})
class ServingDeputiesProjectionTest {

    private static final String TOWNSHIP = "339901101";
    private static final String COUNTY = "339901";
    private static final Mandate TOWNSHIP_MANDATE = new Mandate("TOWNSHIP", TOWNSHIP, 18, "2021-12-20");
    private static final Mandate COUNTY_MANDATE = new Mandate("COUNTY", COUNTY, 17, "2021-11-10");

    private static final String DUTY_ACTIVITY = """
            {"activityId":"%s","townshipCode":"%s","type":"VOTER_RECEPTION","heldOn":"2026-01-05","deputyIds":["%s"],
             "itemsCollected":2,"recordedBy":"demo-clerk"}""";

    private static DeputyTopic topic;

    @Autowired
    ServingDeputiesProjection deputies;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        if (topic != null) {
            topic.close();
        }
    }

    private static DeputyTopic topic() {
        if (topic == null) {
            topic = new DeputyTopic();
        }
        return topic;
    }

    private long consumed() {
        return jdbc.sql("SELECT count(*) FROM consumed_event").query(Long.class).single();
    }

    private void awaitConsumed(long count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed() >= count);
    }

    @Test
    void aRegisteredDeputyServesInEachCongressOfTheirMandatesUntilOneEnds() {
        UUID id = UUID.randomUUID();
        long before = consumed();
        topic().registered(id, "王秀英", TOWNSHIP, List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE));
        awaitConsumed(before + 1);

        assertThat(deputies.servingIn(TOWNSHIP, List.of(id))).containsExactly(id);
        assertThat(deputies.servingIn(COUNTY, List.of(id))).containsExactly(id);
        assertThat(deputies.servingIn("339901102", List.of(id))).isEmpty();
        assertThat(deputies.find(id)).hasValueSatisfying(d -> {
            assertThat(d.name()).isEqualTo("王秀英");
            assertThat(d.townshipCode()).isEqualTo(TOWNSHIP);
        });

        topic().mandateEnded(id, TOWNSHIP, TOWNSHIP_MANDATE, "2026-01-05");
        awaitConsumed(before + 2);
        assertThat(deputies.servingIn(TOWNSHIP, List.of(id))).isEmpty();
        assertThat(deputies.servingIn(COUNTY, List.of(id))).containsExactly(id);

        // A new term at the township level: serving again.
        topic().mandateAdded(id, TOWNSHIP, new Mandate("TOWNSHIP", TOWNSHIP, 19, "2026-01-06"));
        awaitConsumed(before + 3);
        assertThat(deputies.servingIn(TOWNSHIP, List.of(id))).containsExactly(id);
    }

    @Test
    void duplicatesChangeNothing() {
        UUID id = UUID.randomUUID();
        long before = consumed();
        String eventId = UUID.randomUUID().toString();
        String registered = """
                {"deputyId":"%s","townshipCode":"%s","name":"李强","gender":"MALE","party":"CPC","occupation":"WORKER",
                 "mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":18,"electedOn":"2021-12-20"}],
                 "recordedBy":"demo-clerk"}""".formatted(id, TOWNSHIP, TOWNSHIP);
        topic().send(eventId, EventTypes.DEPUTY_REGISTERED, id, TOWNSHIP, registered);
        topic().mandateEnded(id, TOWNSHIP, TOWNSHIP_MANDATE, "2026-01-05");
        // The same event delivered again (same id), and the registration republished under a new id after the end.
        topic().send(eventId, EventTypes.DEPUTY_REGISTERED, id, TOWNSHIP, registered);
        topic().send(EventTypes.DEPUTY_REGISTERED, id, TOWNSHIP, registered);
        awaitConsumed(before + 3);
        // Let the redelivered id arrive too: it is the fourth record on the partition.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> consumed() == before + 3);

        assertThat(deputies.servingIn(TOWNSHIP, List.of(id))).as("an ended mandate stays ended").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM deputy_congress_mandate WHERE deputy_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM known_deputy WHERE deputy_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void eventsOfUnknownDeputiesAndTypesItDoesNotUseAreTolerated() {
        UUID stranger = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        long before = consumed();
        long rejectedBefore = jdbc.sql("SELECT count(*) FROM rejected_event").query(Long.class).single();
        // A mandate of a deputy whose registration this service never saw: kept, not refused.
        topic().mandateEnded(stranger, TOWNSHIP, TOWNSHIP_MANDATE, "2026-01-05");
        topic().mandateAdded(later, TOWNSHIP, COUNTY_MANDATE);
        // A deputy event type of a newer contract version: skipped by the platform consumer.
        topic().send("org.minyi.deputy.DeputyHonoured.v1", UUID.randomUUID(), TOWNSHIP,
                "{\"deputyId\":\"" + UUID.randomUUID() + "\"}");
        // A type of this contract that the roster does not use (a duty activity): consumed, changes nothing.
        UUID activity = UUID.randomUUID();
        topic().send(EventTypes.DUTY_ACTIVITY_LOGGED, activity, TOWNSHIP, DUTY_ACTIVITY.formatted(activity, TOWNSHIP, later));
        awaitConsumed(before + 3);

        assertThat(deputies.servingIn(TOWNSHIP, List.of(stranger))).isEmpty();
        assertThat(deputies.servingIn(COUNTY, Set.of(later))).containsExactly(later);
        assertThat(deputies.find(later)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM rejected_event").query(Long.class).single()).isEqualTo(rejectedBefore);
    }
}
