package org.minyi.local.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The requests sent per operation and per mutation, the answers by status, and what went wrong. */
final class FuzzTally {

    private static final int NO_ANSWER = -1;

    private final Map<String, Map<Integer, Integer>> byOperation = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    final List<String> accepted = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private int unsendable;

    void count(String operation, String kind, int status) {
        int s = status < 0 ? NO_ANSWER : status;
        byOperation.computeIfAbsent(operation, k -> new TreeMap<>()).merge(s, 1, Integer::sum);
        byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(s, 1, Integer::sum);
    }

    void unsendable(String why) {
        if (unsendable++ < 5) {
            notes.add("not sent: " + Json.excerpt(why, 300));
        }
    }

    int requests() {
        return byOperation.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    void print(PrintStream out, String heading) {
        out.println("[fuzz] " + heading);
        TreeSet<Integer> statuses = new TreeSet<>();
        byOperation.values().forEach(m -> statuses.addAll(m.keySet()));
        table(out, "operation", byOperation, statuses, 62);
        out.println("[fuzz]");
        table(out, "mutation", byKind, statuses, 62);
        if (unsendable > 0) {
            out.println("[fuzz] " + unsendable + " generated requests could not be sent by the HTTP client (not counted)");
        }
        if (!accepted.isEmpty()) {
            out.println("[fuzz]");
            out.println("[fuzz] accepted (2xx) and changed the item or the count — not a failure, listed to be looked at: " + accepted.size());
            accepted.stream().limit(60).forEach(a -> out.println("[fuzz]   " + a));
            if (accepted.size() > 60) {
                out.println("[fuzz]   … and " + (accepted.size() - 60) + " more");
            }
        }
        if (!notes.isEmpty()) {
            out.println("[fuzz]");
            notes.forEach(n -> out.println("[fuzz] note: " + n));
        }
        out.println("[fuzz]");
        out.println("[fuzz] failures: " + failures.size());
        failures.forEach(f -> out.println("[fuzz] " + f.replace("\n", "\n[fuzz]   ")));
    }

    private static void table(PrintStream out, String title, Map<String, Map<Integer, Integer>> rows, TreeSet<Integer> statuses,
                              int width) {
        StringBuilder header = new StringBuilder(String.format("[fuzz] %-" + width + "s %8s", title, "requests"));
        for (int s : statuses) {
            header.append(String.format(" %5s", s == NO_ANSWER ? "none" : String.valueOf(s)));
        }
        out.println(header);
        Map<Integer, Integer> totals = new TreeMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> row : rows.entrySet()) {
            int requests = row.getValue().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder(String.format("[fuzz] %-" + width + "s %8d", row.getKey(), requests));
            for (int s : statuses) {
                int n = row.getValue().getOrDefault(s, 0);
                totals.merge(s, n, Integer::sum);
                line.append(String.format(" %5s", n == 0 ? "." : String.valueOf(n)));
            }
            out.println(line);
        }
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder(String.format("[fuzz] %-" + width + "s %8d", "total (" + rows.size() + ")", all));
        for (int s : statuses) {
            line.append(String.format(" %5d", totals.getOrDefault(s, 0)));
        }
        out.println(line);
    }
}
