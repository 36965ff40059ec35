package org.minyi.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.NullNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execution against a stand-in for the API (no suite): what it counts is what the API accepted, and the closing
 * line is made of those counts — the calls the stand-in answered with a success, step by step.
 */
class ExecutionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Pattern STEP = Pattern.compile("/api/(proposals|petitions)/[0-9a-f-]{36}/([a-z-]+)");

    /** A stand-in API: records every call by family and step ("petition register", "deputy create") and answers it. */
    static final class StandIn implements Execution.Commands {
        final Map<String, AtomicLong> accepted = new ConcurrentHashMap<>();
        final List<String> seen = new CopyOnWriteArrayList<>();
        private final Function<String, Integer> status;

        StandIn(Function<String, Integer> status) {
            this.status = status;
        }

        @Override
        public Api.Response post(String path, Object body) {
            String call = call(path);
            seen.add(call);
            int answer = status.apply(call);
            if (answer >= 200 && answer < 300) {
                accepted.computeIfAbsent(answer == 200 && call.endsWith(" create") ? call.replace(" create", " already-there") : call,
                        k -> new AtomicLong()).incrementAndGet();
            }
            return new Api.Response(answer, NullNode.getInstance(), 0);
        }

        long accepted(String call) {
            AtomicLong n = accepted.get(call);
            return n == null ? 0 : n.get();
        }

        static String call(String path) {
            Matcher step = STEP.matcher(path);
            if (step.matches()) {
                return (step.group(1).equals("proposals") ? "proposal" : "petition") + " " + step.group(2);
            }
            if (path.endsWith("/points-adjustments")) {
                return "adjustment create";
            }
            return switch (path) {
                case "/api/deputies" -> "deputy create";
                case "/api/deputy-groups" -> "group create";
                case "/api/duty-activities" -> "activity create";
                case "/api/proposals" -> "proposal create";
                case "/api/petitions" -> "petition create";
                default -> throw new AssertionError("unexpected path " + path);
            };
        }

        /** Creates answered 201 and steps 200, as the services do. */
        static int success(String call) {
            return call.endsWith(" create") ? 201 : 200;
        }
    }

    private static final SimulationConfig CONFIG = SimulationConfig.defaults(3).withToday(TODAY).withYears(2).withTownships(1);

    private static Tally execute(StandIn api, List<String> progress) {
        Tally tally = new Tally();
        Execution execution = new Execution(api, CONFIG, tally, progress::add);
        Simulator.plan(CONFIG, CountyPlanTest.county(1)).phases().forEach(execution::run);
        return tally;
    }

    private static String line(StandIn api, long refused) {
        long calls = api.accepted.values().stream().mapToLong(AtomicLong::get).sum();
        long alreadyThere = api.accepted.entrySet().stream().filter(e -> e.getKey().endsWith(" already-there"))
                .mapToLong(e -> e.getValue().get()).sum();
        return String.format("%d deputies, %d groups, %d duty activities, %d points adjustments, "
                        + "%d proposals (%d registered, %d rejected, %d replies, %d evaluations), "
                        + "%d petitions (%d registered, %d archived); %d calls accepted, %d items already there, %d refused",
                api.accepted("deputy create"), api.accepted("group create"), api.accepted("activity create"),
                api.accepted("adjustment create"), api.accepted("proposal create"), api.accepted("proposal register"),
                api.accepted("proposal reject"), api.accepted("proposal replies"), api.accepted("proposal evaluations"),
                api.accepted("petition create"), api.accepted("petition register"), api.accepted("petition archive"),
                calls, alreadyThere, refused);
    }

    @Test
    void theClosingLineCountsEveryCallTheApiAcceptedStepByStep() {
        StandIn api = new StandIn(StandIn::success);
        Tally tally = execute(api, new ArrayList<>());

        assertThat(tally.errors()).isEmpty();
        assertThat(tally.summary()).isEqualTo(line(api, 0));
        // Every figure of the line is something this plan does, so none of them reads a counter nobody writes.
        for (String call : List.of("deputy create", "group create", "activity create", "adjustment create", "proposal create",
                "proposal register", "proposal reject", "proposal replies", "proposal evaluations", "petition create",
                "petition register", "petition archive")) {
            assertThat(api.accepted(call)).as(call).isPositive();
        }
        // The tally's call counts are the stand-in's, for every step it was sent, not only those on the line.
        Map<String, Long> counted = new TreeMap<>();
        api.accepted.forEach((call, n) -> {
            String[] familyStep = call.split(" ");
            counted.put(call, tally.calls(familyStep[0], familyStep[1]));
        });
        Map<String, Long> sent = new TreeMap<>();
        api.accepted.forEach((call, n) -> sent.put(call, n.get()));
        assertThat(counted).isEqualTo(sent);
        assertThat(tally.calls()).isEqualTo(api.seen.size());
        // The counters the end-to-end test compares with the reports agree with the calls.
        assertThat(tally.get(Tally.COUNTY, "petitions.received")).isEqualTo(api.accepted("petition create"));
        assertThat(tally.get(Tally.COUNTY, "petitions.register")).isEqualTo(api.accepted("petition register"));
        assertThat(tally.get(Tally.COUNTY, "proposals.submitted")).isEqualTo(api.accepted("proposal create"));
        assertThat(tally.get(Tally.COUNTY, "proposals.reject")).isEqualTo(api.accepted("proposal reject"));
        assertThat(tally.items()).hasSize((int) (api.accepted("proposal create") + api.accepted("petition create")));
    }

    @Test
    void refusedCallsAndItemsAlreadyThereAreNotCountedAsDone() {
        AtomicInteger petitionCreates = new AtomicInteger();
        StandIn api = new StandIn(call -> {
            if (call.equals("petition create") && petitionCreates.incrementAndGet() <= 3) {
                return 200; // there from an earlier run with this seed
            }
            return call.equals("petition archive") ? 422 : StandIn.success(call);
        });
        List<String> progress = new CopyOnWriteArrayList<>();
        Tally tally = execute(api, progress);

        long archives = api.seen.stream().filter("petition archive"::equals).count();
        assertThat(archives).isPositive();
        assertThat(tally.errors()).hasSize((int) archives).allMatch(e -> e.startsWith("petition") && e.contains(" archive: 422"));
        assertThat(progress).filteredOn(m -> m.startsWith("refused: ")).hasSize((int) Math.min(10, archives));
        assertThat(tally.calls("petition", "archive")).isZero();
        assertThat(tally.calls("petition", Tally.ALREADY_THERE)).isEqualTo(3);
        assertThat(tally.calls("petition", Tally.CREATED)).isEqualTo(petitionCreates.get() - 3);
        assertThat(tally.summary()).isEqualTo(line(api, archives)).contains(" 0 archived)", " 3 items already there, " + archives + " refused");
    }

    @Test
    void aBuildWithPetitionIntakeOnlyStopsAtTheFirstRegistrationAndSaysSo() {
        StandIn api = new StandIn(call -> call.startsWith("petition ") && !call.equals("petition create") ? 404 : StandIn.success(call));
        Tally tally = new Tally();
        Execution execution = new Execution(api, CONFIG, tally, m -> { });
        Simulator.plan(CONFIG, CountyPlanTest.county(1)).phases().forEach(execution::run);

        assertThat(execution.petitionLifecycleAvailable()).isFalse();
        assertThat(tally.errors()).isEmpty();
        assertThat(tally.calls("petition", "register")).isZero();
        assertThat(tally.calls("petition", Tally.CREATED)).isPositive();
    }

    @Test
    void theSummaryReadsTheCallCountsAlone() {
        Tally tally = new Tally();
        tally.call("deputy", Tally.CREATED);
        tally.call("deputy", Tally.CREATED);
        tally.call("petition", Tally.CREATED);
        tally.call("petition", "register");
        tally.call("petition", "archive");
        tally.call("proposal", Tally.ALREADY_THERE);
        tally.add("339901001", "petitions.received"); // a planner's counter: for the reports, not the line
        tally.error("petition assign: 422 Unprocessable: unknown unit");

        assertThat(tally.summary()).isEqualTo("2 deputies, 0 groups, 0 duty activities, 0 points adjustments, "
                + "0 proposals (0 registered, 0 rejected, 0 replies, 0 evaluations), "
                + "1 petitions (1 registered, 1 archived); 6 calls accepted, 1 items already there, 1 refused");
    }
}
