package org.minyi.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.simulator.Api;
import org.minyi.simulator.SimulationConfig;
import org.minyi.simulator.Simulator;
import org.minyi.simulator.Tally;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator's promises, against the real suite: a small county (2 townships, 1 year) driven through the
 * gateway leaves every proposal and petition in a valid state with its dates in order and none in the future,
 * the late, overdue and unsatisfied shares inside their bands, and the reports agreeing with the simulator's own
 * count of what it did.
 */
@ExtendWith(RunningSuite.class)
class SimulatedCountyEndToEndTest {

    private static final Set<String> PROPOSAL_STATES = Set.of("SUBMITTED", "REGISTERED", "REJECTED", "ASSIGNED", "CONSULTED",
            "REPLIED", "EVALUATED", "REHANDLING", "CLOSED");
    private static final Set<String> PETITION_STATES = Set.of("RECEIVED", "REGISTERED", "ASSIGNED", "TRANSFERRED",
            "NOT_ACCEPTED", "COMPLETED", "ANSWERED", "VISITED", "ARCHIVED");

    private static Api api;
    private static SimulationConfig config;
    private static Tally tally;
    private static Simulator simulator;

    /**
     * What the reports held for the simulated townships before the simulation: the suite is shared with the other
     * end-to-end tests, which also record petitions, deputies and proposals, so the simulator's effect is the change.
     */
    private static final Map<String, JsonNode> before = new HashMap<>();
    private static final Map<String, Set<String>> deputiesBefore = new HashMap<>();

    @BeforeAll
    static void simulate() {
        api = new Api(RunningSuite.suite().settings().gatewayUrl(), "demo-admin", "demo-admin-secret");
        config = SimulationConfig.defaults(42).withTownships(2).withYears(1).withThreads(3);
        List<String> simulated = new ArrayList<>();
        api.get("/api/townships").body().forEach(t -> {
            if (simulated.size() < 2) {
                simulated.add(t.path("code").asString());
            }
        });
        awaitQuietReports();
        for (String township : simulated) {
            before.put("petitions:" + township, api.get("/api/reports/petitions/rates?townshipCode=" + township).body().path("counts"));
            before.put("proposals:" + township, api.get("/api/reports/proposals/rates?townshipCode=" + township).body().path("counts"));
            for (int year : List.of(config.start().getYear(), config.today().getYear())) {
                Set<String> ids = new java.util.HashSet<>();
                api.get("/api/reports/deputies/points?townshipCode=" + township + "&year=" + year).body().path("rows")
                        .forEach(r -> ids.add(r.path("deputyId").asString()));
                deputiesBefore.put(township + ":" + year, ids);
            }
        }
        tally = new Tally();
        simulator = new Simulator(api, config, tally, m -> System.out.println("[simulator] " + m));
        simulator.run();
    }

    /** Waits until what earlier tests sent has reached the reports: the county counts stop moving. */
    private static void awaitQuietReports() {
        String[] last = {""};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String now = api.get("/api/reports/petitions/rates").body().path("counts").path("received").asString()
                    + "/" + api.get("/api/reports/proposals/rates").body().path("counts").path("submitted").asString();
            boolean quiet = now.equals(last[0]);
            last[0] = now;
            return quiet;
        });
    }

    private static long before(String report, String township, String field) {
        return before.get(report + ":" + township).path(field).asLong();
    }

    @Test
    void everyCommandWasAcceptedAndTheCountyHasItsSizes() {
        assertThat(tally.errors()).isEmpty();
        Map<String, Long> county = tally.of(Tally.COUNTY);
        assertThat(county.get("deputies")).isBetween(2L * (10 + 40), 2L * (23 + 82));
        assertThat(county.get("proposals.submitted")).isBetween(2L * 12, 2L * 80);
        assertThat(county.get("petitions.received")).isBetween(2L * 20, 2L * 40);
        assertThat(county.get("activities.VOTER_RECEPTION")).isBetween(2L * 12, 2L * 13);
        assertThat(county).containsKeys("petitions.register", "petitions.assign", "petitions.transfer", "petitions.not-accept",
                "petitions.complete", "petitions.answer", "petitions.return-visit", "petitions.review-request",
                "petitions.archive", "petitions.instructions", "petitions.flag.REPEAT", "petitions.flag.LEVEL_SKIPPING",
                "petitions.flag.COMPLAINT_AGAINST_UNIT", "petitions.collective");
        assertThat(county).containsKeys("activities.INSPECTION", "activities.EVALUATION", "activities.SESSION_ATTENDANCE",
                "activities.SURVEY", "groups.TOPIC_GROUP", "proposals.replies", "proposals.evaluations",
                "proposals.unsatisfied", "proposals.implementation", "proposals.consultation-waiver", "proposals.reject");
        for (String channel : List.of("LETTER", "VISIT", "PHONE", "EMAIL", "ONLINE", "DEPUTY_REFERRAL")) {
            assertThat(county).containsKey("petitions.channel." + channel);
        }
    }

    @Test
    void everyItemIsInTheStateTheSimulatorLeftItWithItsDatesInOrderAndNoneInTheFuture() {
        LocalDate today = config.today();
        List<Tally.Item> items = tally.items();
        assertThat(items).hasSize((int) (tally.get(Tally.COUNTY, "proposals.submitted") + tally.get(Tally.COUNTY, "petitions.received")));
        for (Tally.Item item : items) {
            Api.Response r = api.get("/api/" + item.kind() + "s/" + item.id());
            assertThat(r.status()).as(item.kind() + " " + item.id()).isEqualTo(200);
            JsonNode body = r.body();
            String state = body.path("state").asString();
            assertThat(item.kind().equals("proposal") ? PROPOSAL_STATES : PETITION_STATES).contains(state);
            assertThat(state).as(item.kind() + " " + item.id()).isEqualTo(item.expectedState());
            List<LocalDate> dates = new ArrayList<>();
            body.path("timeline").forEach(e -> dates.add(LocalDate.parse(e.path("on").asString())));
            assertThat(dates).as("timeline of " + item.id()).isNotEmpty().isSorted();
            assertThat(dates.get(dates.size() - 1)).isBeforeOrEqualTo(today);
            assertThat(dates).containsAll(item.dates());
            if (item.kind().equals("proposal") && item.overdue()) {
                assertThat(body.path("overdue").asBoolean()).as("overdue " + item.id()).isTrue();
            }
        }
    }

    @Test
    void lateOverdueAndUnsatisfiedSharesAreInsideTheirBands() {
        assertThat(simulator.petitionLifecycleAvailable()).isTrue();
        for (String kind : List.of("proposal", "petition")) {
            List<Tally.Item> mature = tally.items().stream().filter(i -> i.kind().equals(kind) && i.mature()).toList();
            assertThat(mature).as(kind).hasSizeGreaterThan(10);
            double late = mature.stream().filter(Tally.Item::late).count() / (double) mature.size();
            double overdue = mature.stream().filter(Tally.Item::overdue).count() / (double) mature.size();
            List<Tally.Item> evaluated = mature.stream().filter(Tally.Item::evaluated).toList();
            double unsatisfied = evaluated.stream().filter(Tally.Item::unsatisfied).count() / (double) evaluated.size();
            assertThat(config.late().contains(late)).as(kind + " late " + late).isTrue();
            assertThat(config.overdue().contains(overdue)).as(kind + " overdue " + overdue).isTrue();
            assertThat(config.unsatisfied().contains(unsatisfied)).as(kind + " unsatisfied " + unsatisfied).isTrue();
        }
    }

    @Test
    void petitionReportsCountWhatTheSimulatorReceived() {
        Set<String> townships = new java.util.TreeSet<>(tally.deputies().values());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String township : townships) {
                JsonNode counts = api.get("/api/reports/petitions/rates?townshipCode=" + township).body().path("counts");
                assertThat(counts.path("received").asLong() - before("petitions", township, "received"))
                        .isEqualTo(tally.get(township, "petitions.received"));
                assertThat(counts.path("collective").asLong() - before("petitions", township, "collective"))
                        .isEqualTo(tally.get(township, "petitions.collective"));
                assertThat(counts.path("personTimes").asLong() - before("petitions", township, "personTimes"))
                        .isEqualTo(tally.get(township, "petitions.personTimes"));
                Map<String, Long> byChannel = new HashMap<>();
                JsonNode channelsBefore = before.get("petitions:" + township).path("byChannel");
                counts.path("byChannel").properties().forEach(e -> {
                    long added = e.getValue().asLong() - channelsBefore.path(e.getKey()).asLong();
                    if (added > 0) {
                        byChannel.put(e.getKey(), added);
                    }
                });
                Map<String, Long> expected = new HashMap<>();
                tally.of(township).forEach((k, v) -> {
                    if (k.startsWith("petitions.channel.")) {
                        expected.put(k.substring("petitions.channel.".length()), v);
                    }
                });
                assertThat(byChannel).isEqualTo(expected);
            }
            // The county figure holds at least the simulated townships (other tests add their own petitions).
            JsonNode county = api.get("/api/reports/petitions/rates").body().path("counts");
            assertThat(county.path("received").asLong()).isGreaterThanOrEqualTo(tally.get(Tally.COUNTY, "petitions.received"));
        });
    }

    @Test
    void deputyReportsCountTheSimulatedDeputiesAndTheirVoterContacts() {
        LocalDate today = config.today();
        Set<Integer> years = new java.util.TreeSet<>(List.of(config.start().getYear(), today.getYear()));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String township : new java.util.TreeSet<>(tally.deputies().values())) {
                long deputies = tally.deputies().values().stream().filter(township::equals).count();
                for (int year : years) {
                    Api.Response r = api.get("/api/reports/deputies/points?townshipCode=" + township + "&year=" + year);
                    assertThat(r.status()).isEqualTo(200);
                    JsonNode rows = r.body().path("rows");
                    Set<String> earlier = deputiesBefore.getOrDefault(township + ":" + year, Set.of());
                    assertThat(rows.size() - earlier.size()).as("deputies of " + township + " in " + year).isEqualTo((int) deputies);
                    for (JsonNode row : rows) {
                        if (earlier.contains(row.path("deputyId").asString())) {
                            continue;
                        }
                        UUID id = UUID.fromString(row.path("deputyId").asString());
                        assertThat(row.path("voterContacts").asLong()).as("voter contacts of " + id + " in " + year)
                                .isEqualTo(tally.voterContacts(id, year));
                    }
                }
            }
        });
    }

    @Test
    void proposalReportsCountWhatTheSimulatorSubmittedRegisteredRejectedAndReHandled() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String township : new java.util.TreeSet<>(tally.deputies().values())) {
                Api.Response r = api.get("/api/reports/proposals/rates?townshipCode=" + township);
                assertThat(r.status()).isEqualTo(200);
                JsonNode counts = r.body().path("counts");
                assertThat(counts.path("submitted").asLong() - before("proposals", township, "submitted"))
                        .isEqualTo(tally.get(township, "proposals.submitted"));
                assertThat(counts.path("registered").asLong() - before("proposals", township, "registered"))
                        .isEqualTo(tally.get(township, "proposals.register"));
                assertThat(counts.path("rejected").asLong() - before("proposals", township, "rejected"))
                        .isEqualTo(tally.get(township, "proposals.reject"));
                assertThat(counts.path("rehandled").asLong() - before("proposals", township, "rehandled"))
                        .isEqualTo(tally.get(township, "proposals.unsatisfied"));
            }
        });
    }
}
