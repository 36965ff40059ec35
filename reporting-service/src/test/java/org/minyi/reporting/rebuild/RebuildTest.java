package org.minyi.reporting.rebuild;

import org.junit.jupiter.api.Test;
import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.consuming.ReadModelRebuild;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild operation replays the topics into read models identical to the incrementally built ones. It counts
 * every petition: a context of its own, shared only with ProposalRebuildTest, which sends no petition.
 */
@TestPropertySource(properties = ReportingApiTest.OWN_CONTEXT + "=rebuild")
class RebuildTest extends ReportingApiTest {

    private static final String TOWNSHIP = "339901106";

    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void everyReadModelIsTheSameAfterAReplayFromTheStart() {
        try (EventFeed feed = newFeed()) {
            for (int i = 0; i < 30; i++) {
                String deputy = UUID.randomUUID().toString();
                feed.send(Topics.DEPUTY_EVENTS, EventTypes.DEPUTY_REGISTERED, deputy, TOWNSHIP, """
                        {"deputyId":"%s","townshipCode":"%s","name":"代表%d","gender":"MALE","party":"CPC","occupation":"FARMER",
                         "mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":18,"electedOn":"2021-10-15"}],"recordedBy":"t"}"""
                        .formatted(deputy, TOWNSHIP, i, TOWNSHIP));
                String activity = UUID.randomUUID().toString();
                feed.send(Topics.DEPUTY_EVENTS, EventTypes.DUTY_ACTIVITY_LOGGED, activity, TOWNSHIP, """
                        {"activityId":"%s","townshipCode":"%s","type":"VOTER_VISIT","heldOn":"2025-0%d-10","deputyIds":["%s"],
                         "itemsCollected":%d,"recordedBy":"t"}""".formatted(activity, TOWNSHIP, 1 + i % 9, deputy, i));
                if (i % 7 == 0) {
                    feed.send(Topics.DEPUTY_EVENTS, EventTypes.DUTY_ACTIVITY_WITHDRAWN, activity, TOWNSHIP, """
                            {"activityId":"%s","townshipCode":"%s","withdrawnOn":"2025-10-01","recordedBy":"t"}"""
                            .formatted(activity, TOWNSHIP));
                }
                PublicEvent petition = feed.send(Topics.PETITION_EVENTS, EventTypes.PETITION_RECEIVED, UUID.randomUUID().toString(),
                        TOWNSHIP, """
                        {"petitionId":"%s","townshipCode":"%s","channel":"LETTER","receivedOn":"2025-03-%02d",
                         "petitionerCount":1,"collective":false,"recordedBy":"t"}""".formatted(UUID.randomUUID(), TOWNSHIP, 1 + i));
                if (i % 5 == 0) {
                    feed.resend(Topics.PETITION_EVENTS, petition);
                }
                if (i % 3 == 0) {
                    // The audit trail is a read model of its own topic: a rebuild reproduces it too.
                    feed.send(Topics.AUDIT_RECORDS, EventTypes.AUDIT_RECORDED, petition.subject(), TOWNSHIP, """
                            {"recordId":"%s","occurredAt":"2025-03-%02dT02:00:00Z","source":"petition-service",
                             "action":"PERSONAL_DATA_READ","itemKind":"PETITION","itemId":"%s","townshipCode":"%s",
                             "actor":"t","onBehalfOf":null}""".formatted(UUID.randomUUID(), 1 + i, petition.subject(), TOWNSHIP));
                }
            }
            feed.awaitApplied();
        }
        // Every table a projection writes is named for the rebuild, so none is left stale.
        List<String> readModels = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
                        AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%history%'
                        AND table_name NOT IN ('consumed_event', 'rejected_event')""")
                .query(String.class).list();
        assertThat(rebuild.tables()).containsExactlyInAnyOrderElementsOf(readModels);
        Map<String, TreeSet<String>> incremental = snapshot(rebuild.tables());

        assertThat(api().post("/api/reports/rebuild", Tokens.viewer(), "").status()).isEqualTo(403);
        rebuildAndWait();

        assertThat(snapshot(rebuild.tables())).isEqualTo(incremental);
        assertThat(count("petition_fact")).isEqualTo(30);
        assertThat(count("audit_entry")).isEqualTo(10);
    }

    @Test
    void theTopicsKeepEveryEventForever() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(kafkaAdmin.getConfigurationProperties())) {
            for (String topic : List.of(Topics.PETITION_EVENTS, Topics.PROPOSAL_EVENTS, Topics.DEPUTY_EVENTS)) {
                var resource = new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
                var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
            }
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
