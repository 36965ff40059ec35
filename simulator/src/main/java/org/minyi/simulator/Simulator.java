package org.minyi.simulator;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Drives a realistic county through the public API: deputies with their mandates, deputy and topic groups with
 * venues, duty activities through the year, proposals and petitions through their lifecycles. Deterministic for
 * a seed: the whole {@link CountyPlan} is drawn first, on one thread, from the seed alone (ids included), and every
 * business date is computed from {@link SimulationConfig#today()} — nothing is dated after it. Only the
 * {@link Execution} is parallel, each item's steps in order.
 *
 * <p>Usage: {@code java -cp <classpath> org.minyi.simulator.Simulator [--gateway URL] [--seed N] [--years N]
 * [--scale X] [--townships N] [--threads N] [--client ID --secret S]}; {@code --load} runs {@link LoadMode}.
 */
public final class Simulator {

    private final Api api;
    private final SimulationConfig config;
    private final Tally tally;
    private final Consumer<String> progress;
    private UUID firstDeputyId;
    private volatile Execution execution;

    public Simulator(Api api, SimulationConfig config, Tally tally, Consumer<String> progress) {
        this.api = api;
        this.config = config;
        this.tally = tally;
        this.progress = progress;
    }

    /**
     * Gives the first deputy of the first township this id instead of a drawn one (the rest of the plan is unchanged):
     * the demo county's seeding uses it so that a demo account can sign in as a seeded deputy.
     */
    public Simulator firstDeputyId(UUID id) {
        this.firstDeputyId = id;
        return this;
    }

    /** Whether petition-service took the lifecycle steps (false: only intake on this build). */
    public boolean petitionLifecycleAvailable() {
        Execution e = execution;
        return e == null || e.petitionLifecycleAvailable();
    }

    public Tally run() {
        long started = System.nanoTime();
        County county = County.load(api);
        CountyPlan plan = CountyPlan.draw(config, county, firstDeputyId);
        progress.accept(String.format("county %s: %d townships, %d year(s) of history from %s to %s, seed %d",
                county.code(), plan.townships.size(), config.years(), config.start(), config.today(), config.seed()));
        execution = new Execution(api::post, config, tally, progress);
        plan.phases().forEach(execution::run);
        progress.accept(String.format("done in %.0f s: %s", (System.nanoTime() - started) / 1e9, tally.summary()));
        if (!tally.errors().isEmpty()) {
            progress.accept(tally.errors().size() + " command(s) refused; first: " + tally.errors().get(0));
        }
        return tally;
    }

    /** The plan alone, for tests and dry runs: what would be sent, without sending anything. */
    static CountyPlan plan(SimulationConfig config, County county) {
        return CountyPlan.draw(config, county, null);
    }

    public static void main(String[] args) {
        Cli.main(args);
    }
}
