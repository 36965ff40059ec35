package org.minyi.simulator;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed's plan is fixed: the figures below were computed from the plan as it was before the county plan was split
 * into planners, and the split (or any later refactoring) must keep them. A change that means to alter the plan
 * updates them in the same commit, and says so.
 */
class PlanDigestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UUID DEMO_DEPUTY = UUID.fromString("5e1ec7ed-0000-4000-8000-000000000001");

    @Test
    void seedSevenThreeTownshipsTwoYears() {
        SimulationConfig config = SimulationConfig.defaults(7).withToday(TODAY).withYears(2).withTownships(3);
        assertThat(summary(config, CountyPlanTest.county(3), null)).isEqualTo(
                "deputies 214/0, groups 34/0, activities 303/0, proposals 246/1347, petitions 179/1119;"
                        + " sha256 10975a201812f47e001e0344c85b879cb724fc7de4696ccdfa9dcabd73293f68");
    }

    @Test
    void seedOneFourTownshipsThreeYearsHalfScaleWithTheDemoDeputy() {
        SimulationConfig config = SimulationConfig.defaults(1).withToday(TODAY).withYears(3).withScale(0.5).withTownships(4);
        assertThat(summary(config, CountyPlanTest.county(5), DEMO_DEPUTY)).isEqualTo(
                "deputies 296/0, groups 46/0, activities 590/0, proposals 215/1178, petitions 192/1197;"
                        + " sha256 0171df82ad2d6f5d99a31d2a5a2b3cacbcb4fa6ae2c8cc9ea9e13ffecd3707e3");
    }

    /** Items and steps per phase, and a SHA-256 over every item, step and bookkeeping effect, in plan order. */
    static String summary(SimulationConfig config, County county, UUID firstDeputy) {
        Tally tally = new Tally();
        CountyPlan plan = CountyPlan.draw(config, county, firstDeputy);
        Map<String, List<Item>> phases = new java.util.LinkedHashMap<>();
        phases.put("deputies", plan.deputies);
        phases.put("groups", plan.groups);
        phases.put("activities", plan.activities);
        phases.put("proposals", plan.proposals);
        phases.put("petitions", plan.petitions);
        StringBuilder text = new StringBuilder();
        List<String> counts = new ArrayList<>();
        phases.forEach((phase, items) -> {
            int steps = 0;
            for (Item item : items) {
                text.append(item.kind).append('|').append(item.id).append('|').append(item.township).append('|')
                        .append(item.createPath).append('|').append(canonical(item.createBody)).append('|')
                        .append(item.createdOn).append('|').append(item.createdState).append('|')
                        .append(item.createCounters).append('|').append(item.mature).append('|').append(item.overdue).append('\n');
                for (Step s : item.steps) {
                    text.append("  ").append(s.on()).append('|').append(s.action()).append('|').append(s.path()).append('|')
                            .append(canonical(s.body())).append('|').append(s.stateAfter()).append('|').append(s.mark())
                            .append('|').append(s.counters()).append('\n');
                    steps++;
                }
                item.onCreated.accept(tally);
            }
            counts.add(phase + " " + items.size() + "/" + steps);
        });
        // What the items record when created: the deputies' townships and their voter contacts per year.
        new TreeMap<>(tally.deputies()).forEach((id, township) -> {
            text.append(id).append('@').append(township);
            for (int year = config.start().getYear(); year <= TODAY.getYear(); year++) {
                text.append(' ').append(tally.voterContacts(id, year));
            }
            text.append('\n');
        });
        return String.join(", ", counts) + "; sha256 " + sha256(text.toString());
    }

    /** Maps with their keys sorted (some bodies are {@code Map.of}, whose order changes from one JVM to the next). */
    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            new TreeMap<>(map.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()),
                    Map.Entry::getValue))).forEach((k, v) -> b.append(k).append('=').append(canonical(v)).append(';'));
            return b.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            list.forEach(v -> b.append(canonical(v)).append(';'));
            return b.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
