package org.minyi.local;

import org.minyi.simulator.Api;
import org.minyi.simulator.SimulationConfig;
import org.minyi.simulator.Simulator;
import org.minyi.simulator.Tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * On the first start of the demo (not with {@code MINYI_DEMO=false}), fills the county with two years of history
 * by running the simulator against the gateway in a background thread: the suite answers meanwhile. A marker file
 * in the data directory makes it happen once; an interrupted seeding starts again on the next start (its creates
 * are idempotent, so what was already there is kept and skipped).
 */
final class DemoSeeder {

    static final String MARKER = "demo-seeded";
    static final long SEED = 2026;
    /** The deputy the demo person {@code demo-deputy} signs in as (the gateway's DemoAccounts.DEMO_DEPUTY_ID). */
    static final UUID DEMO_DEPUTY_ID = UUID.fromString("00000000-0000-4000-8000-00000000d001");

    private DemoSeeder() {
    }

    static void startInBackground(SuiteSettings settings, boolean demo) {
        if (!demo) {
            return;
        }
        Path marker = settings.dataDir().resolve(MARKER);
        if (Files.exists(marker)) {
            return;
        }
        Thread seeder = new Thread(() -> seed(settings, marker), "demo-seeder");
        seeder.setDaemon(true); // Ctrl-C stops the suite at once; the marker is then missing and seeding resumes next time
        seeder.start();
    }

    private static void seed(SuiteSettings settings, Path marker) {
        log("seeding the demo county with two years of history in the background (the suite answers meanwhile) ...");
        try {
            // Two threads: the machine keeps cores for the services and for whoever tries the suite now.
            SimulationConfig config = SimulationConfig.defaults(SEED).withYears(2).withThreads(2);
            Tally tally = new Simulator(new Api(settings.gatewayUrl(), "demo-admin", "demo-admin-secret"), config, new Tally(),
                    m -> log("demo: " + m)).firstDeputyId(DEMO_DEPUTY_ID).run();
            Files.writeString(marker, "seeded " + Instant.now() + " with seed " + SEED + "; county counts: "
                    + tally.of(Tally.COUNTY) + "\n");
            log("demo county seeded (" + marker + " keeps it from running again)");
        } catch (IOException | RuntimeException e) {
            log("demo seeding stopped: " + e.getMessage() + " (it runs again on the next start)");
        }
    }

    private static void log(String message) {
        System.out.println("[minyi] " + message);
    }
}
