package org.minyi.simulator;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A sustained, open-loop rate of commands — petition intakes spread over the county's townships, dated today —
 * for a duration. Measures commands/s achieved, command latency (p50/p99), the end-to-end lag from an accepted
 * command to the petition being counted in {@code GET /api/reports/petitions/rates} (p50/p99), and the suite's
 * resident memory (sum of RSS of the launcher and all its descendants: PostgreSQL, Kafka, the five services).
 *
 * <p>Lag: a poller reads the per-township counts every 20 ms; when a township's count reaches baseline + k,
 * its first k accepted commands (in order of acceptance) are visible, at that poll's time. So the lag is
 * accurate to the polling interval plus one report request. The gateway's rate limit should be off
 * ({@code MINYI_GATEWAY_RATE_LIMIT_ENABLED=false}); 429s are counted and reported.
 */
public final class LoadMode {

    public record Result(String name, double commandsPerSecond, double targetRate, long commands, long failed,
                         double latencyP50, double latencyP99, double lagP50, double lagP99, long notVisible,
                         long rssPeakMb) {
        public List<String> lines() {
            String p = "load_" + name;
            List<String> out = new ArrayList<>();
            out.add(String.format("%s_target_rate: %.0f cmd/s", p, targetRate));
            out.add(String.format("%s_achieved: %.1f cmd/s", p, commandsPerSecond));
            out.add(String.format("%s_failed: %d commands", p, failed));
            out.add(String.format("%s_command_latency_p50: %.1f ms", p, latencyP50));
            out.add(String.format("%s_command_latency_p99: %.1f ms", p, latencyP99));
            out.add(String.format("%s_e2e_lag_p50: %.1f ms", p, lagP50));
            out.add(String.format("%s_e2e_lag_p99: %.1f ms", p, lagP99));
            out.add(String.format("%s_not_visible_after_30s: %d commands", p, notVisible));
            out.add(String.format("%s_suite_rss_peak: %d MB", p, rssPeakMb));
            return out;
        }
    }

    private final Api api;
    private final Api reader;
    private final int rate;
    private final Duration duration;
    private final long suitePid;
    private final Consumer<String> progress;

    public LoadMode(Api api, int rate, Duration duration, long suitePid, Consumer<String> progress) {
        this.api = api;
        // Reports read with another client, so the poller has its own rate-limit bucket.
        this.reader = new Api(api.gateway(), "demo-viewer", "demo-viewer-secret");
        this.rate = rate;
        this.duration = duration;
        this.suitePid = suitePid;
        this.progress = progress;
    }

    public Result run() {
        County county = County.load(api);
        List<County.Township> townships = county.townships();
        LocalDate today = LocalDate.now(SimulationConfig.CHINA);
        long pid = suitePid > 0 ? suitePid : discoverSuite(api.gateway()).orElse(-1L);
        Map<String, Long> baseline = counts();
        Map<String, List<long[]>> accepted = new ConcurrentHashMap<>(); // township → [acceptedAt, visibleAt]
        townships.forEach(t -> accepted.put(t.code(), Collections.synchronizedList(new ArrayList<>())));
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        AtomicLong rssPeak = new AtomicLong(rssKb(pid));
        AtomicInteger issued = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(8, Math.min(64, rate)));
        var poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> markVisible(baseline, accepted), 0, 20, TimeUnit.MILLISECONDS);
        var memory = Executors.newSingleThreadScheduledExecutor();
        memory.scheduleAtFixedRate(() -> rssPeak.accumulateAndGet(rssKb(pid), Math::max), 1, 1, TimeUnit.SECONDS);

        progress.accept(String.format("[load] %d cmd/s for %d s against %s (suite pid %d)", rate, duration.toSeconds(),
                api.gateway(), pid));
        long start = System.nanoTime();
        long total = rate * duration.toSeconds();
        long intervalNanos = 1_000_000_000L / rate;
        SplittableRandom random = new SplittableRandom(rate * 7919L);
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            County.Township t = townships.get(random.nextInt(townships.size()));
            String channel = PetitionSteps.CHANNELS.get(random.nextInt(5)); // no deputy referral: it names a deputy
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("channel", channel);
            body.put("receivedOn", today.toString());
            body.put("townshipCode", t.code());
            if (channel.equals("VISIT")) {
                body.put("visitors", 1);
            }
            body.put("petitioners", List.of(Map.of("name", People.name(random), "phone", People.phone(random))));
            body.put("subject", "负载测试");
            workers.submit(() -> {
                Api.Response r = api.post("/api/petitions", body);
                if (r.status() == 201) {
                    accepted.get(t.code()).add(new long[]{System.nanoTime(), 0});
                    latencies.add(r.nanos() / 1e6);
                } else {
                    failed.incrementAndGet();
                }
                issued.incrementAndGet();
            });
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long ok = latencies.size();
        long waitUntil = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < waitUntil && pending(accepted) > 0) {
            Api.sleep(50);
        }
        poller.shutdownNow();
        memory.shutdownNow();
        List<Double> lags = new ArrayList<>();
        accepted.values().forEach(list -> {
            synchronized (list) {
                list.stream().filter(a -> a[1] > 0).forEach(a -> lags.add((a[1] - a[0]) / 1e6));
            }
        });
        Result result = new Result("r" + rate, ok / seconds, rate, ok, failed.get(), percentile(latencies, 50),
                percentile(latencies, 99), percentile(lags, 50), percentile(lags, 99), pending(accepted),
                rssPeak.get() / 1024);
        progress.accept(String.format("[load] %d accepted, %d failed, %.1f cmd/s", ok, failed.get(), result.commandsPerSecond()));
        return result;
    }

    private static long pending(Map<String, List<long[]>> accepted) {
        long n = 0;
        for (List<long[]> list : accepted.values()) {
            synchronized (list) {
                n += list.stream().filter(a -> a[1] == 0).count();
            }
        }
        return n;
    }

    private void markVisible(Map<String, Long> baseline, Map<String, List<long[]>> accepted) {
        try {
            Map<String, Long> now = counts();
            long at = System.nanoTime();
            now.forEach((township, count) -> {
                List<long[]> list = accepted.get(township);
                if (list == null) {
                    return;
                }
                long visible = count - baseline.getOrDefault(township, 0L);
                synchronized (list) {
                    list.sort((a, b) -> Long.compare(a[0], b[0]));
                    for (int i = 0; i < Math.min(visible, list.size()); i++) {
                        if (list.get(i)[1] == 0) {
                            list.get(i)[1] = at;
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            // a failed poll is retried on the next tick
        }
    }

    private Map<String, Long> counts() {
        Api.Response r = reader.get("/api/reports/petitions/rates?groupBy=township");
        Map<String, Long> out = new HashMap<>();
        for (JsonNode row : r.body().path("rows")) {
            out.put(row.path("townshipCode").asString(), row.path("counts").path("received").asLong());
        }
        return out;
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Resident memory of a process and all its descendants, in kB (0 when unknown). */
    static long rssKb(long pid) {
        if (pid <= 0) {
            return 0;
        }
        Optional<ProcessHandle> root = ProcessHandle.of(pid);
        if (root.isEmpty()) {
            return 0;
        }
        long sum = rssOf(pid);
        for (ProcessHandle h : root.get().descendants().toList()) {
            sum += rssOf(h.pid());
        }
        return sum;
    }

    private static long rssOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /**
     * The local-suite launcher serving this gateway: a {@code LocalSuite} JVM one of whose children was started
     * with {@code SERVER_PORT=<the gateway's port>} (the launcher configures its children only by environment).
     */
    static Optional<Long> discoverSuite(String gateway) {
        String port = gateway.replaceAll(".*:(\\d+).*", "$1");
        // /proc directly: ProcessHandle.Info may leave out a command line as long as the launcher's classpath.
        return ProcessHandle.allProcesses()
                .filter(h -> proc(h.pid(), "cmdline").contains("org.minyi.local.LocalSuite"))
                .filter(h -> h.children().anyMatch(c -> environ(c.pid()).contains("\0SERVER_PORT=" + port + "\0")
                        && proc(c.pid(), "cmdline").contains("gateway.jar")))
                .map(ProcessHandle::pid).findFirst();
    }

    private static String proc(long pid, String file) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), file)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String environ(long pid) {
        return "\0" + proc(pid, "environ");
    }
}
