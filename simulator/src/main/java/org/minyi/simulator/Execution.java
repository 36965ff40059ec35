package org.minyi.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends a plan's items through the API, phase by phase: items in parallel, each item's create and then its steps in
 * order, stopping at the first step dated after today (the item is in progress) or refused. Only what the API
 * accepted goes into the {@link Tally}.
 */
final class Execution {

    /** How a command reaches the API: {@link Api#post} (a stand-in in tests). */
    @FunctionalInterface
    interface Commands {
        Api.Response post(String path, Object body);
    }

    private final Commands api;
    private final SimulationConfig config;
    private final Tally tally;
    private final Consumer<String> progress;
    private volatile boolean petitionLifecycleAvailable = true;

    Execution(Commands api, SimulationConfig config, Tally tally, Consumer<String> progress) {
        this.api = api;
        this.config = config;
        this.tally = tally;
        this.progress = progress;
    }

    /** Whether petition-service took the lifecycle steps (false: only intake on this build). */
    boolean petitionLifecycleAvailable() {
        return petitionLifecycleAvailable;
    }

    void run(CountyPlan.Phase phase) {
        List<Item> items = phase.items();
        if (items.isEmpty()) {
            return;
        }
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, items.size() / 10);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Item item : items) {
                futures.add(pool.submit(() -> {
                    drive(item);
                    int n = done.incrementAndGet();
                    if (n % step == 0 || n == items.size()) {
                        progress.accept(String.format("%s: %d/%d", phase.name(), n, items.size()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(phase.name() + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void drive(Item item) {
        Api.Response created = create(item);
        if (created.status() == 200) {
            // Already there (the same seed ran before): its lifecycle was driven then.
            tally.add(item.township, item.kind + ".alreadyPresent");
            tally.call(item.family(), Tally.ALREADY_THERE);
            return;
        }
        if (created.status() != 201) {
            refused(item.kind + " create: " + created.problem());
            return;
        }
        tally.call(item.family(), Tally.CREATED);
        item.createCounters.forEach(c -> tally.add(item.township, c));
        item.onCreated.accept(tally);
        if (!item.tracked()) {
            return; // deputies, groups, activities and adjustments are a create alone
        }
        boolean petition = item.family().equals("petition");
        String state = item.createdState;
        List<LocalDate> dates = new ArrayList<>();
        dates.add(item.createdOn);
        boolean late = false;
        boolean evaluated = false;
        boolean unsatisfied = false;
        boolean complete = true;
        for (Step step : item.steps) {
            if (step.on().isAfter(config.today())) {
                complete = false;
                break; // not yet: the item is in progress today
            }
            if (petition && !petitionLifecycleAvailable) {
                complete = false;
                break;
            }
            Api.Response r = api.post(step.path(), step.body());
            if (!r.ok()) {
                if (petition && (r.status() == 404 || r.status() == 405) && "register".equals(step.action())) {
                    petitionLifecycleAvailable = false; // this build has petition intake only
                } else {
                    refused(item.kind + " " + step.action() + ": " + r.problem());
                }
                complete = false;
                break;
            }
            state = step.stateAfter();
            dates.add(step.on());
            tally.call(item.family(), step.action());
            tally.add(item.township, item.family() + "s." + step.action());
            step.counters().forEach(c -> tally.add(item.township, c));
            if (Step.LATE.equals(step.mark())) {
                late = true;
            } else if (Step.FIRST_EVALUATION.equals(step.mark())) {
                evaluated = true;
            } else if (Step.FIRST_EVALUATION_UNSATISFIED.equals(step.mark())) {
                evaluated = true;
                unsatisfied = true;
            }
        }
        tally.item(new Tally.Item(item.family(), item.id, item.township, state, List.copyOf(dates), item.mature, late,
                item.overdue && complete, evaluated, unsatisfied));
    }

    private void refused(String message) {
        tally.error(message);
        if (tally.errors().size() <= 10) {
            progress.accept("refused: " + message); // the problem's text only: no request body, no personal data
        }
    }

    private Api.Response create(Item item) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            Api.Response r = api.post(item.createPath, item.createBody);
            // proposal-service learns who serves from npc.deputy.events: right after the deputies are registered
            // it may not know them yet (422), so a submission waits for the roster to catch up.
            if (r.status() == 422 && item.family().equals("proposal") && System.nanoTime() < deadline) {
                Api.sleep(1000);
                continue;
            }
            return r;
        }
    }
}
