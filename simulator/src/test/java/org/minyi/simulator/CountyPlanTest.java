package org.minyi.simulator;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan alone (no suite): deterministic for a seed, dated in order and never after today, mixes covered. */
class CountyPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static County county(int townships) {
        List<County.Township> list = new ArrayList<>();
        for (int i = 1; i <= townships; i++) {
            String code = "339901" + String.format("%03d", i);
            List<County.Village> villages = new ArrayList<>();
            for (int v = 1; v <= 12; v++) {
                villages.add(new County.Village(code + String.format("%03d", v), "村" + v));
            }
            list.add(new County.Township(code, "乡镇" + i, villages,
                    List.of(new County.Unit(code + "-ZF", "政府"), new County.Unit(code + "-XF", "信访办"),
                            new County.Unit(code + "-NY", "农业办"))));
        }
        return new County("339901", "青溪县", List.of(new County.Unit("339901-XFJ", "信访局"),
                new County.Unit("339901-ZJ", "住建局")), list);
    }

    private static CountyPlan plan(long seed, int years) {
        SimulationConfig config = SimulationConfig.defaults(seed).withToday(TODAY).withYears(years).withTownships(3);
        return Simulator.plan(config, county(3));
    }

    private static List<String> fingerprint(CountyPlan plan) {
        List<String> out = new ArrayList<>();
        for (List<Item> items : List.of(plan.deputies, plan.groups, plan.activities, plan.proposals, plan.petitions)) {
            for (Item item : items) {
                out.add(item.id + " " + item.createBody + " " + item.steps);
            }
        }
        return out;
    }

    @Test
    void theSameSeedPlansTheSameCountyAndAnotherSeedAnother() {
        assertThat(fingerprint(plan(7, 2))).isEqualTo(fingerprint(plan(7, 2)));
        assertThat(fingerprint(plan(8, 2))).isNotEqualTo(fingerprint(plan(7, 2)));
    }

    @Test
    void everyStepIsDatedInOrderAndNoneAfterTodayIsEverSent() {
        CountyPlan plan = plan(3, 3);
        LocalDate start = TODAY.minusYears(3).plusDays(1);
        for (Item item : plan.activities) {
            LocalDate held = LocalDate.parse((String) item.createBody.getOrDefault("heldOn", item.createBody.get("on")));
            assertThat(held).isBetween(start, TODAY);
        }
        for (Item item : concat(plan.proposals, plan.petitions)) {
            assertThat(item.createdOn).isBetween(start, TODAY);
            LocalDate previous = item.createdOn;
            for (Step step : item.steps) {
                assertThat(step.on()).as(item.kind + " " + step.action()).isAfterOrEqualTo(previous);
                previous = step.on();
            }
        }
    }

    @Test
    void everyChannelAndCategoryAppearsInEveryTownshipAndCollectiveRepeatAndComplaintCasesExist() {
        CountyPlan plan = plan(11, 2);
        for (County.Township t : plan.townships) {
            Set<Object> channels = new HashSet<>();
            Set<Object> categories = new HashSet<>();
            for (Item p : plan.petitions) {
                if (p.township.equals(t.code())) {
                    channels.add(p.createBody.get("channel"));
                    categories.add(p.steps.get(0).body().get("category"));
                }
            }
            assertThat(channels).containsExactlyInAnyOrderElementsOf(PetitionSteps.CHANNELS);
            assertThat(categories).containsExactlyInAnyOrderElementsOf(PetitionSteps.CATEGORIES);
        }
        List<Object> flags = plan.petitions.stream().flatMap(p -> ((List<?>) p.steps.get(0).body().get("flags")).stream())
                .map(Object.class::cast).toList();
        assertThat(flags).contains("REPEAT", "LEVEL_SKIPPING", "IMPORTANT", "COMPLAINT_AGAINST_UNIT");
        assertThat(plan.petitions).anyMatch(p -> p.createBody.containsKey("visitors") && (int) p.createBody.get("visitors") >= 5);
        // A complaint is never handled by the unit it accuses.
        for (Item p : plan.petitions) {
            Object accused = p.createBody.get("accusedUnitCode");
            if (accused != null) {
                p.steps.stream().filter(s -> s.action().equals("assign"))
                        .forEach(s -> assertThat(s.body().get("unitCode")).isNotEqualTo(accused));
            }
        }
    }

    @Test
    void everyTownshipYearHasEveryFlagACollectiveVisitAndARepeatWhateverTheSeed() {
        for (long seed = 1; seed <= 25; seed++) {
            SimulationConfig config = SimulationConfig.defaults(seed).withToday(TODAY).withYears(1).withTownships(2);
            CountyPlan plan = Simulator.plan(config, county(2));
            for (County.Township t : plan.townships) {
                List<Item> petitions = plan.petitions.stream().filter(p -> p.township.equals(t.code())).toList();
                Set<Object> flags = new HashSet<>();
                petitions.forEach(p -> flags.addAll((List<?>) p.steps.get(0).body().get("flags")));
                assertThat(flags).as("seed " + seed).contains("REPEAT", "LEVEL_SKIPPING", "IMPORTANT", "COMPLAINT_AGAINST_UNIT");
                assertThat(petitions).as("seed " + seed).anyMatch(p -> p.createBody.containsKey("visitors")
                        && (int) p.createBody.get("visitors") >= 5);
            }
        }
    }

    @Test
    void aSingleYearHasRepeatsOfEarlierNonRepeatPetitionsAndVisitsCountTheirPetitioners() {
        CountyPlan plan = plan(42, 1);
        Map<java.util.UUID, Item> byId = new java.util.HashMap<>();
        plan.petitions.forEach(p -> byId.put(p.id, p));
        List<Item> repeats = plan.petitions.stream().filter(p -> p.kind.equals("petition-repeat")).toList();
        assertThat(repeats).isNotEmpty();
        for (Item repeat : repeats) {
            Item original = byId.get((java.util.UUID) repeat.steps.get(0).body().get("repeatOf"));
            assertThat(original.kind).isEqualTo("petition");
            assertThat(original.createdOn).isBefore(repeat.createdOn);
        }
        for (Item p : plan.petitions) {
            if (p.createBody.containsKey("visitors")) {
                assertThat((int) p.createBody.get("visitors")).isGreaterThanOrEqualTo(((List<?>) p.createBody.get("petitioners")).size());
            }
        }
    }

    @Test
    void motionsHaveEnoughSignersAndEveryMonthHasAReceptionDay() {
        CountyPlan plan = plan(5, 1);
        for (Item p : plan.proposals) {
            if ("MOTION".equals(p.createBody.get("kind"))) {
                int signers = 1 + ((List<?>) p.createBody.get("coSignerIds")).size();
                boolean county = "339901".equals(p.createBody.get("congressCode"));
                assertThat(signers).isGreaterThanOrEqualTo(county ? 10 : 5);
            }
        }
        for (County.Township t : plan.townships) {
            long receptions = plan.activities.stream()
                    .filter(a -> a.township.equals(t.code()) && "VOTER_RECEPTION".equals(a.createBody.get("type"))).count();
            assertThat(receptions).isBetween(12L, 13L);
        }
    }

    @Test
    void fatesAreExactQuotasInsideTheirBands() {
        CountyPlan plan = plan(2, 2);
        SimulationConfig cfg = plan.cfg;
        for (List<Item> items : List.of(plan.proposals, plan.petitions)) {
            List<Item> mature = items.stream().filter(i -> i.mature).toList();
            assertThat(mature).isNotEmpty();
            long overdue = mature.stream().filter(i -> i.overdue).count();
            long late = mature.stream().filter(i -> i.steps.stream().anyMatch(s -> "late".equals(s.mark()))).count();
            assertThat(cfg.overdue().contains((double) overdue / mature.size())).as("overdue %d/%d", overdue, mature.size()).isTrue();
            assertThat(cfg.late().contains((double) late / mature.size())).as("late %d/%d", late, mature.size()).isTrue();
        }
        assertThat(Quotas.quota(19, new SimulationConfig.Band(0.05, 0.15))).isBetween(1, 2);
        assertThat(Quotas.quota(30, new SimulationConfig.Band(0.02, 0.08))).isBetween(1, 2);
        // No whole number fits: the nearest to the middle.
        assertThat(Quotas.quota(10, new SimulationConfig.Band(0.02, 0.08))).isEqualTo(1);
    }

    @Test
    void invented_identity_numbers_carry_a_valid_check_character_of_the_fictional_county() {
        var r = new java.util.SplittableRandom(1);
        String id = People.idNumber(r, LocalDate.of(1970, 3, 9));
        assertThat(id).hasSize(18).startsWith("33990119700309");
        assertThat(People.phone(r)).startsWith("1990000");
        assertThat(Map.of("id", id)).isNotEmpty();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> out = new ArrayList<>();
        for (List<T> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
