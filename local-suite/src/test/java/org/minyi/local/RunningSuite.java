package org.minyi.local;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One running suite for every end-to-end test class of the run: started by the first class that asks,
 * stopped (and its data deleted) when the whole test run ends. Starting it takes most of a minute.
 */
public final class RunningSuite implements BeforeAllCallback {

    private static LocalSuite suite;
    private static Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSuite.class, key -> {
                    start();
                    return (ExtensionContext.Store.CloseableResource) RunningSuite::stop;
                });
    }

    public static synchronized LocalSuite suite() {
        if (suite == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningSuite.class)");
        }
        return suite;
    }

    public static Path dataDir() {
        return dataDir;
    }

    private static synchronized void start() {
        try {
            dataDir = Files.createTempDirectory("minyi-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path home = Path.of(System.getProperty("minyi.home", "..")).toAbsolutePath().normalize();
        suite = new LocalSuite(new SuiteSettings(home, dataDir, freePortBlock(5), 0, 0,
                List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")));
        try {
            suite.start(Duration.ofMinutes(4));
        } catch (RuntimeException | Error e) {
            // Nothing would stop what did start (PostgreSQL, Kafka, some services): stop it before failing.
            try {
                stop();
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            suite = null;
            throw e;
        }
    }

    private static synchronized void stop() throws IOException {
        if (suite != null) {
            suite.close();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int freePortBlock(int size) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            boolean free = true;
            for (int p = base; p < base + size && free; p++) {
                try (ServerSocket ignored = new ServerSocket(p)) {
                    // free
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("No block of " + size + " free ports");
    }
}
