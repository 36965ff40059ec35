package org.minyi.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything the simulator will send, decided before the first command from the seed alone. Each planner draws
 * from its own streams ({@link #random}: one per phase and township, and one per phase for the county-wide fates),
 * so a planner's draws never shift another's; they run in order because each reads the rosters the ones before it
 * wrote (deputies → groups → activities, proposals, petitions).
 */
final class CountyPlan {

    /** A phase of the execution: its items are sent in parallel, each item's steps in order. */
    record Phase(String name, List<Item> items) {
    }

    final SimulationConfig cfg;
    final County county;
    final List<County.Township> townships;
    final CountyCalendar calendar;
    /** Township code → who serves there and its groups. */
    final Map<String, Roster> rosters = new LinkedHashMap<>();
    final List<Item> deputies = new ArrayList<>();
    final List<Item> groups = new ArrayList<>();
    final List<Item> activities = new ArrayList<>();
    final List<Item> proposals = new ArrayList<>();
    final List<Item> petitions = new ArrayList<>();

    private CountyPlan(SimulationConfig cfg, County county) {
        this.cfg = cfg;
        this.county = county;
        this.townships = cfg.townships() <= 0 ? county.townships()
                : county.townships().subList(0, Math.min(cfg.townships(), county.townships().size()));
        this.calendar = new CountyCalendar(cfg);
    }

    /**
     * The plan of a seed; {@code firstDeputyId} (or null) replaces the first deputy's drawn id and nothing else, so
     * that the demo county's seeding can give a demo account a seeded deputy.
     */
    static CountyPlan draw(SimulationConfig cfg, County county, UUID firstDeputyId) {
        CountyPlan plan = new CountyPlan(cfg, county);
        plan.deputies.addAll(new DeputyPlanner(plan, firstDeputyId).plan());
        plan.groups.addAll(new GroupPlanner(plan).plan());
        plan.activities.addAll(new ActivityPlanner(plan).plan());
        plan.proposals.addAll(new ProposalPlanner(plan).plan());
        plan.petitions.addAll(new PetitionPlanner(plan).plan());
        return plan;
    }

    /** The stream of one phase for one township (or the county). */
    SplittableRandom random(String stream, String key) {
        return new SplittableRandom(cfg.seed() * 1_000_003L + (stream + "/" + key).hashCode());
    }

    /**
     * The order of execution: whatever an item refers to exists before it is sent (a group's members, an activity's
     * group), and repeat petitions come after every original so that {@code repeatOf} names a petition already there.
     */
    List<Phase> phases() {
        return List.of(new Phase("deputies", deputies), new Phase("groups", groups),
                new Phase("duty activities and points adjustments", activities), new Phase("proposals", proposals),
                new Phase("petitions", petitions.stream().filter(i -> !i.kind.equals("petition-repeat")).toList()),
                new Phase("repeat petitions", petitions.stream().filter(i -> i.kind.equals("petition-repeat")).toList()));
    }
}
