package org.minyi.local.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.local.RunningSuite;
import org.minyi.local.fuzz.FuzzRequest.Actor;
import org.minyi.local.fuzz.Mutations.Category;
import org.minyi.local.fuzz.Mutations.Mutation;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Schema-driven fuzzing of the whole API through the gateway (issue 18 item 6). For every operation of the
 * services' OpenAPI documents, as the suite serves them, a bounded number of malformed and hostile requests
 * generated from the operation's schema and a valid request on a real item ({@link Mutations}), sent with the
 * county office's token (and, for the other township's items, a township clerk's). None may answer 5xx or not
 * at all, and one that is refused (4xx) changes nothing: the item's version, or for a create the list's total in
 * the fuzz township and in the other one, is read before and after. Every failure is collected, with the
 * request, the answer, its correlation id and the service's log lines, and the counts per operation and status
 * are printed ({@code [fuzz]} lines). The seed is fixed and printed; {@code -Dminyi.fuzz.seed=} and
 * {@code -Dminyi.fuzz.tries=} change it.
 */
@ExtendWith(RunningSuite.class)
class ApiFuzzTest {

    private static final long SEED = Long.getLong("minyi.fuzz.seed", 18_06L);
    private static final int TRIES = Integer.getInteger("minyi.fuzz.tries", 30);
    /** Each one accepted empties the reports and replays the topics: a few only, and waited out. */
    private static final int REBUILD_TRIES = 5;
    private static final List<String> DOCUMENTS = List.of("gateway", "deputy-service", "proposal-service", "petition-service",
            "reporting-service");

    @Test
    void noMalformedOrHostileRequestAnswers5xxAndNoRefusedOneChangesAnything() {
        long started = System.nanoTime();
        Sender api = new Sender(RunningSuite.suite().settings().gatewayUrl());
        api.credentials(Actor.ADMIN, "demo-admin", "demo-admin-secret");
        Path dataDir = RunningSuite.dataDir();
        ServiceLogs logs = new ServiceLogs(dataDir == null ? null : dataDir.resolve("logs"));
        FuzzTally tally = new FuzzTally();

        List<OpenApi.Operation> operations = new ArrayList<>();
        for (String service : DOCUMENTS) {
            operations.addAll(OpenApi.operations(service, document(api, service, tally)));
        }
        // The rebuild last: it empties the reports while it replays.
        operations.sort((a, b) -> Boolean.compare(isRebuild(a), isRebuild(b)));
        System.out.println("[fuzz] seed " + SEED + " (-Dminyi.fuzz.seed), " + TRIES + " requests per state-changing operation, "
                + reads() + " per read, " + operations.size() + " operations");

        Fixtures fixtures = new Fixtures(api);
        fixtures.prepare();
        System.out.println("[fuzz-progress] setup done, " + fixtures.notes.size() + " notes, "
                + fixtures.setupServerErrors.size() + " server errors");
        long setupSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        for (OpenApi.Operation op : operations) {
            long opStarted = System.nanoTime();
            try {
                fuzz(op, api, fixtures, logs, tally);
                System.out.println("[fuzz-progress] " + op.key() + " in " + (System.nanoTime() - opStarted) / 1_000_000 + " ms, "
                        + tally.failures.size() + " failures so far");
            } catch (RuntimeException e) {
                StringBuilder trace = new StringBuilder();
                for (StackTraceElement frame : e.getStackTrace()) {
                    if (frame.getClassName().startsWith("org.minyi") && trace.length() < 600) {
                        trace.append("\n    at ").append(frame);
                    }
                }
                tally.failures.add(op.key() + ": the fuzzing itself failed: " + e + trace);
            }
        }
        tally.failures.addAll(0, fixtures.setupServerErrors);
        tally.notes.addAll(fixtures.notes);
        awaitRebuildDone(api, tally);

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        tally.print(System.out, tally.requests() + " requests in " + seconds + " s (setup " + setupSeconds + " s, "
                + api.rateLimitedRetries() + " rate-limited and sent again), seed " + SEED);
        if (!tally.failures.isEmpty()) {
            fail(tally.failures.size() + " failures of " + tally.requests() + " fuzzed requests (seed " + SEED + "):\n"
                    + String.join("\n", tally.failures));
        }
    }

    private static void fuzz(OpenApi.Operation op, Sender api, Fixtures fixtures, ServiceLogs logs, FuzzTally tally) {
        int tries = isRebuild(op) ? REBUILD_TRIES : op.changesState() ? TRIES : reads();
        Random random = new Random(SEED * 31 + op.key().hashCode());
        Target target = fixtures.target(op);
        List<Category> categories = Mutations.categories(target);
        Gen<Mutation> draw = Gen.frequency(categories.stream()
                .map(c -> new Gen.Weighted<Mutation>(c.weight(), c.gen())).toList());
        Map<Target.Probe, String> seen = new IdentityHashMap<>();
        int prepared = 0;
        for (int i = 0; i < tries; i++) {
            Mutation mutation = i < categories.size() ? categories.get(i).gen().next(random) : draw.next(random);
            boolean foreignItem = mutation.kind().equals("FOREIGN_ITEM");
            FuzzRequest request;
            if (foreignItem) {
                request = Mutations.foreignRequest(target);
            } else {
                request = target.base.get();
                mutation.edit().accept(request);
            }
            Target.Probe probe = request.foreign ? target.foreignProbe : target.probe;
            String before = probe == null ? null : seen.computeIfAbsent(probe, Target.Probe::read);
            logs.mark();
            Sender.Answer answer = api.send(request);
            if (answer.status() == -2) {
                tally.unsendable(op.key() + " " + mutation.kind() + ": " + answer.error());
                continue;
            }
            tally.count(op.key(), mutation.kind(), answer.status());
            String after = probe == null ? null : probe.read();
            boolean moved = probe != null && !Objects.equals(before, after);
            if (probe != null) {
                seen.put(probe, after);
            }
            String what = op.key() + " — " + mutation.kind() + " (" + mutation.detail() + ")";
            if (answer.serverError()) {
                tally.failures.add(serverError(what, request, answer, moved, before, after, logs));
            } else if (answer.refused() && moved) {
                tally.failures.add(what + ": refused with " + answer.status() + " but changed what it must not (" + before + " → "
                        + after + ")\n  request: " + request.describe(400) + "\n  answer: " + Json.excerpt(answer.body(), 400));
            } else if (request.foreign && answer.ok() && op.changesState()) {
                tally.failures.add(what + ": the other township's item took a change from the fuzz township's clerk ("
                        + answer.status() + ", " + before + " → " + after + ")\n  request: " + request.describe(400));
            } else if (answer.ok() && moved) {
                tally.accepted.add(what + " → " + answer.status());
            }
            if (answer.ok() && moved && !request.foreign && target.itemId != null && prepared < 3) {
                // The step went through: a new item in the same state, so that the next tries still reach the step.
                target = fixtures.target(op);
                seen.clear();
                prepared++;
            }
        }
    }

    private static String serverError(String what, FuzzRequest request, Sender.Answer answer, boolean moved, String before,
                                      String after, ServiceLogs logs) {
        sleep(300);
        List<String> lines = answer.correlationId() != null ? logs.linesFor(answer.correlationId()) : logs.errorsSinceMark();
        StringBuilder s = new StringBuilder(what).append(": ")
                .append(answer.status() < 0 ? "no answer (" + answer.error() + ")" : "status " + answer.status())
                .append(" after ").append(answer.millis()).append(" ms")
                .append("\n  request: ").append(request.describe(400))
                .append("\n  answer: ").append(Json.excerpt(answer.body(), 400))
                .append("\n  correlation id: ").append(answer.correlationId() == null ? "(none)" : answer.correlationId())
                .append("\n  changed: ").append(moved ? "yes (" + before + " → " + after + ")" : "no");
        s.append("\n  log:");
        if (lines.isEmpty()) {
            s.append(" (nothing found)");
        }
        lines.forEach(l -> s.append("\n    ").append(Json.excerpt(l, 300)));
        return s.toString();
    }

    /** The document as the suite serves it at the gateway; the snapshot in web/openapi if it cannot be had. */
    private static JsonNode document(Sender api, String service, FuzzTally tally) {
        String path = service.equals("gateway") ? "/v3/api-docs" : "/v3/api-docs/" + service;
        Sender.Answer live = api.call(Actor.ADMIN, "GET", path, null);
        if (live.ok()) {
            return live.json();
        }
        tally.notes.add(path + " answered " + live.status() + ": fuzzed from the snapshot web/openapi/" + service + ".json");
        Path home = Path.of(System.getProperty("minyi.home", "..")).toAbsolutePath().normalize();
        try {
            return Json.read(Files.readString(home.resolve("web/openapi").resolve(service + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a rebuild the fuzzing started has replayed the topics, so that the reports are whole again. */
    private static void awaitRebuildDone(Sender api, FuzzTally tally) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            Sender.Answer status = api.call(Actor.ADMIN, "GET", "/api/reports/rebuild", null);
            if (!status.ok()) {
                tally.notes.add("rebuild status answered " + status.status());
                return;
            }
            if (status.json().path("lag").asLong(-1) == 0) {
                return;
            }
            sleep(1_000);
        }
        tally.notes.add("the reports' rebuild had not caught up after 3 minutes");
    }

    private static boolean isRebuild(OpenApi.Operation op) {
        return op.method().equals("POST") && op.path().equals("/api/reports/rebuild");
    }

    private static int reads() {
        return Math.max(10, TRIES * 2 / 3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
