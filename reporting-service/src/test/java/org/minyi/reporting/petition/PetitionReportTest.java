package org.minyi.reporting.petition;

import org.junit.jupiter.api.Test;
import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.EventFeed;
import org.minyi.reporting.ReportingApiTest;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service as an external subscriber would feed it: CloudEvents records on a real broker,
 * figures read over real HTTP. Each test uses its own township so the counts do not interfere.
 */
class PetitionReportTest extends ReportingApiTest {

    /** A receipt as petition-service publishes it; 5 visitors or more make it collective. */
    private static String received(String petitionId, String township, String channel, String receivedOn, Integer visitors) {
        return """
                {"petitionId":"%s","townshipCode":"%s","channel":"%s","receivedOn":"%s","visitors":%s,
                 "petitionerCount":1,"collective":%s,"recordedBy":"demo-clerk"}"""
                .formatted(petitionId, township, channel, receivedOn, visitors, visitors != null && visitors >= 5);
    }

    private static PublicEvent receive(EventFeed feed, String township, String channel, String receivedOn, Integer visitors) {
        String petitionId = UUID.randomUUID().toString();
        return feed.send(Topics.PETITION_EVENTS, EventTypes.PETITION_RECEIVED, petitionId, township,
                received(petitionId, township, channel, receivedOn, visitors));
    }

    private JsonNode report(String query) {
        return read("/api/reports/petitions/rates?" + query);
    }

    @Test
    void receivedPetitionsAreCountedPerTownshipChannelAndCohort() {
        String township = "339901102";
        try (EventFeed feed = newFeed()) {
            receive(feed, township, "LETTER", "2026-01-05", null);
            receive(feed, township, "VISIT", "2026-02-10", 7);
            receive(feed, township, "VISIT", "2026-03-01", 2);
            feed.awaitApplied();
        }
        assertThat(report("townshipCode=" + township).path("counts").path("received").asLong()).isEqualTo(3);
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
    void theSameEventDeliveredTwiceIsCountedOnce() {
        String township = "339901104";
        try (EventFeed feed = newFeed()) {
            PublicEvent event = receive(feed, township, "PHONE", "2026-01-05", null);
            feed.resend(Topics.PETITION_EVENTS, event);
            receive(feed, township, "PHONE", "2026-01-06", null);
            feed.awaitApplied();
        }
        assertThat(report("townshipCode=" + township).path("counts").path("received").asLong()).isEqualTo(2);
    }

    @Test
    void aRecordBreakingTheContractIsKeptAsideAndDoesNotBlockTheRest() {
        String township = "339901105";
        String petitionId = UUID.randomUUID().toString();
        PublicEvent bad;
        try (EventFeed feed = newFeed()) {
            bad = feed.sendBreakingTheContract(Topics.PETITION_EVENTS, EventTypes.PETITION_RECEIVED, petitionId, township,
                    "{\"petitionId\":\"" + petitionId + "\",\"name\":\"someone\"}");
            feed.send(Topics.PETITION_EVENTS, EventTypes.PETITION_RECEIVED, petitionId, township,
                    received(petitionId, township, "ONLINE", "2026-01-07", null));
            feed.awaitApplied();
        }
        assertThat(report("townshipCode=" + township).path("counts").path("received").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM rejected_event WHERE event_id = ?").param(bad.id()).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void badReportParametersAreRefusedWithTheField() {
        var unknown = api().get("/api/reports/petitions/rates?townshipCode=339901999", Tokens.viewer());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("townshipCode");
        assertThat(api().get("/api/reports/petitions/rates?from=2026-03-01&to=2026-01-01", Tokens.viewer()).status())
                .isEqualTo(400);
        assertThat(api().get("/api/reports/petitions/rates", null).status()).isEqualTo(401);
    }
}
