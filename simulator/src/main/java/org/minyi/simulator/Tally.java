package org.minyi.simulator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's own count of what the API accepted, per township and for the county ({@link #COUNTY}),
 * kept so that the product's reports can be checked against it. Only successful commands are counted: the named
 * counters a planner attached to an item or step ({@link #of}), and every accepted call by item and step
 * ({@link #calls(String, String)}), which the closing line ({@link #summary()}) is made of.
 */
public final class Tally {

    public static final String COUNTY = "county";
    /** The step name of an item's create, answered 201. */
    public static final String CREATED = "create";
    /** A create answered 200: the item was there already (the same seed ran before) and is not driven again. */
    public static final String ALREADY_THERE = "already-there";

    /** One simulated item as the simulator left it: the state it expects and every business date it sent. */
    public record Item(String kind, UUID id, String townshipCode, String expectedState, List<LocalDate> dates,
                       boolean mature, boolean late, boolean overdue, boolean evaluated, boolean unsatisfied) {
    }

    private final Map<String, Map<String, AtomicLong>> counts = new ConcurrentHashMap<>();
    /** deputy id → year → voter contacts (receptions and visits taken part in). */
    private final Map<UUID, Map<Integer, AtomicLong>> voterContacts = new ConcurrentHashMap<>();
    private final Map<UUID, String> deputyTownship = new ConcurrentHashMap<>();
    private final List<Item> items = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    /** "family step" → accepted calls, e.g. "petition register". */
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    public void add(String township, String name) {
        add(township, name, 1);
    }

    public void add(String township, String name, long n) {
        counts.computeIfAbsent(township, k -> new ConcurrentHashMap<>()).computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
        counts.computeIfAbsent(COUNTY, k -> new ConcurrentHashMap<>()).computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
    }

    public long get(String township, String name) {
        AtomicLong n = counts.getOrDefault(township, Map.of()).get(name);
        return n == null ? 0 : n.get();
    }

    /** Every count of a township (or the county), sorted by name. */
    public Map<String, Long> of(String township) {
        Map<String, Long> out = new TreeMap<>();
        counts.getOrDefault(township, Map.of()).forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /**
     * One call the API accepted: {@code family} is the item's (deputy, group, activity, adjustment, proposal, petition),
     * {@code step} the step's action, {@link #CREATED} or {@link #ALREADY_THERE}.
     */
    void call(String family, String step) {
        calls.computeIfAbsent(family + " " + step, k -> new AtomicLong()).incrementAndGet();
    }

    /** Accepted calls of one step of one family of items, e.g. {@code calls("petition", "register")}. */
    public long calls(String family, String step) {
        AtomicLong n = calls.get(family + " " + step);
        return n == null ? 0 : n.get();
    }

    /** Every accepted call, creates found already there included. */
    public long calls() {
        return calls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /**
     * What this run did, for the closing line: each figure a count of calls the API accepted ({@link #calls(String,
     * String)}), then the refused ones. Replies and evaluations count calls: a proposal handled again has two.
     */
    public String summary() {
        long alreadyThere = calls.entrySet().stream().filter(e -> e.getKey().endsWith(" " + ALREADY_THERE))
                .mapToLong(e -> e.getValue().get()).sum();
        return String.format("%d deputies, %d groups, %d duty activities, %d points adjustments, "
                        + "%d proposals (%d registered, %d rejected, %d replies, %d evaluations), "
                        + "%d petitions (%d registered, %d archived); %d calls accepted, %d items already there, %d refused",
                calls("deputy", CREATED), calls("group", CREATED), calls("activity", CREATED), calls("adjustment", CREATED),
                calls("proposal", CREATED), calls("proposal", "register"), calls("proposal", "reject"),
                calls("proposal", "replies"), calls("proposal", "evaluations"),
                calls("petition", CREATED), calls("petition", "register"), calls("petition", "archive"),
                calls(), alreadyThere, errors.size());
    }

    void deputy(UUID id, String township) {
        deputyTownship.put(id, township);
    }

    public Map<UUID, String> deputies() {
        return Collections.unmodifiableMap(deputyTownship);
    }

    void voterContact(UUID deputy, int year) {
        voterContacts.computeIfAbsent(deputy, k -> new ConcurrentHashMap<>()).computeIfAbsent(year, k -> new AtomicLong()).incrementAndGet();
    }

    public long voterContacts(UUID deputy, int year) {
        AtomicLong n = voterContacts.getOrDefault(deputy, Map.of()).get(year);
        return n == null ? 0 : n.get();
    }

    void item(Item item) {
        items.add(item);
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    void error(String message) {
        errors.add(message);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }
}
