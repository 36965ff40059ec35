package org.minyi.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Drives a realistic county through the public API: deputies with their mandates, deputy and topic groups with
 * venues, duty activities through the year, proposals and petitions through their lifecycles. Deterministic for
 * a seed: every stream (phase × township) has its own {@link SplittableRandom}, ids are drawn from it, and every
 * business date is computed from {@link SimulationConfig#today()} — nothing is dated after it. The plan is made
 * first on one thread; only its execution is parallel, each item's steps in order.
 *
 * <p>Usage: {@code java -cp <classpath> org.minyi.simulator.Simulator [--gateway URL] [--seed N] [--years N]
 * [--scale X] [--townships N] [--threads N] [--client ID --secret S]}; {@code --load} runs {@link LoadMode}.
 */
public final class Simulator {

    /** One command of an item's lifecycle, dated; {@code stateAfter} is the state the API should show after it. */
    public record Step(LocalDate on, String action, String path, Map<String, Object> body, String stateAfter,
                       String mark, List<String> counters) {
        Step(LocalDate on, String action, String path, Map<String, Object> body, String stateAfter) {
            this(on, action, path, body, stateAfter, null, List.of());
        }

        Step marked(String m) {
            return new Step(on, action, path, body, stateAfter, m, counters);
        }

        Step counting(String... names) {
            List<String> all = new ArrayList<>(counters);
            all.addAll(List.of(names));
            return new Step(on, action, path, body, stateAfter, mark, all);
        }
    }

    /** An item to create and drive: the create, then its steps while their dates are not after today. */
    static final class Item {
        final String kind;
        final UUID id;
        final String township;
        final String createPath;
        final Map<String, Object> createBody;
        final LocalDate createdOn;
        final String createdState;
        final List<String> createCounters = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();
        Runnable onCreated = () -> { };
        boolean mature;
        boolean overdue;

        Item(String kind, UUID id, String township, String createPath, Map<String, Object> createBody, LocalDate createdOn,
             String createdState) {
            this.kind = kind;
            this.id = id;
            this.township = township;
            this.createPath = createPath;
            this.createBody = createBody;
            this.createdOn = createdOn;
            this.createdState = createdState;
        }
    }

    private final Api api;
    private final SimulationConfig config;
    private final Tally tally;
    private final Consumer<String> progress;
    private volatile boolean petitionLifecycleAvailable = true;
    private UUID firstDeputyId;

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
        return petitionLifecycleAvailable;
    }

    public Tally run() {
        long started = System.nanoTime();
        County county = County.load(api);
        List<County.Township> townships = config.townships() <= 0 ? county.townships()
                : county.townships().subList(0, Math.min(config.townships(), county.townships().size()));
        progress.accept(String.format("county %s: %d townships, %d year(s) of history from %s to %s, seed %d",
                county.code(), townships.size(), config.years(), config.start(), config.today(), config.seed()));
        CountyPlan plan = new CountyPlan(config, county, townships);
        plan.tallyRef = tally;
        plan.firstDeputyId = firstDeputyId;
        plan.deputies();
        execute("deputies", plan.deputies);
        plan.groups();
        execute("groups", plan.groups);
        plan.activities();
        execute("duty activities and points adjustments", plan.activities);
        plan.proposals();
        execute("proposals", plan.proposals);
        plan.petitions();
        execute("petitions", plan.petitions.stream().filter(i -> !i.kind.equals("petition-repeat")).toList());
        execute("repeat petitions", plan.petitions.stream().filter(i -> i.kind.equals("petition-repeat")).toList());
        progress.accept(String.format("done in %.0f s: %s", (System.nanoTime() - started) / 1e9, summary()));
        if (!tally.errors().isEmpty()) {
            progress.accept(tally.errors().size() + " command(s) refused; first: " + tally.errors().get(0));
        }
        return tally;
    }

    private String summary() {
        Map<String, Long> c = tally.of(Tally.COUNTY);
        return String.format("%d deputies, %d groups, %d activities, %d proposals (%d replied), %d petitions (%d registered, %d archived)",
                c.getOrDefault("deputies", 0L), c.getOrDefault("groups", 0L), c.getOrDefault("activities", 0L),
                c.getOrDefault("proposals.submitted", 0L), c.getOrDefault("proposals.replies", 0L),
                c.getOrDefault("petitions.received", 0L), c.getOrDefault("petitions.registered", 0L),
                c.getOrDefault("petitions.archived", 0L));
    }

    private void execute(String phase, List<Item> items) {
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
                        progress.accept(String.format("%s: %d/%d", phase, n, items.size()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(phase + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void drive(Item item) {
        Api.Response created = create(item);
        if (created.status() == 200) {
            // Already there (the same seed ran before): its lifecycle was driven then.
            tally.add(item.township, item.kind + ".alreadyPresent");
            return;
        }
        if (created.status() != 201) {
            refused(item.kind + " create: " + created.problem());
            return;
        }
        item.createCounters.forEach(c -> tally.add(item.township, c));
        item.onCreated.run();
        if (item.steps.isEmpty() && !item.kind.startsWith("proposal") && !item.kind.startsWith("petition")) {
            return;
        }
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
            if (item.kind.startsWith("petition") && !petitionLifecycleAvailable) {
                complete = false;
                break;
            }
            Api.Response r = api.post(step.path(), step.body());
            if (!r.ok()) {
                if (item.kind.startsWith("petition") && (r.status() == 404 || r.status() == 405) && "register".equals(step.action())) {
                    petitionLifecycleAvailable = false; // this build has petition intake only
                } else {
                    refused(item.kind + " " + step.action() + ": " + r.problem());
                }
                complete = false;
                break;
            }
            state = step.stateAfter();
            dates.add(step.on());
            String family = item.kind.startsWith("petition") ? "petitions" : "proposals";
            tally.add(item.township, family + "." + step.action());
            step.counters().forEach(c -> tally.add(item.township, c));
            if ("late".equals(step.mark())) {
                late = true;
            } else if ("firstEvaluation".equals(step.mark())) {
                evaluated = true;
            } else if ("firstEvaluationUnsatisfied".equals(step.mark())) {
                evaluated = true;
                unsatisfied = true;
            }
        }
        if (item.kind.startsWith("proposal") || item.kind.startsWith("petition")) {
            String family = item.kind.startsWith("petition") ? "petition" : "proposal";
            tally.item(new Tally.Item(family, item.id, item.township, state, List.copyOf(dates), item.mature, late,
                    item.overdue && complete, evaluated, unsatisfied));
        }
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
            if (r.status() == 422 && item.kind.startsWith("proposal") && System.nanoTime() < deadline) {
                Api.sleep(1000);
                continue;
            }
            return r;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The plan: everything decided before the first command, from the seed alone.
    // ------------------------------------------------------------------------------------------------------

    static final class CountyPlan {
        final SimulationConfig cfg;
        final County county;
        final List<County.Township> townships;
        final List<Item> deputies = new ArrayList<>();
        final List<Item> groups = new ArrayList<>();
        final List<Item> activities = new ArrayList<>();
        final List<Item> proposals = new ArrayList<>();
        final List<Item> petitions = new ArrayList<>();
        final Map<String, TownshipPeople> people = new LinkedHashMap<>();
        final LocalDate today;
        final LocalDate start;
        UUID firstDeputyId;

        /** Who lives and serves in a township, and its groups. */
        static final class TownshipPeople {
            final List<UUID> countyDeputies = new ArrayList<>();
            final List<UUID> townshipDeputies = new ArrayList<>();
            final List<UUID> all = new ArrayList<>();
            final List<List<UUID>> deputyGroups = new ArrayList<>();
            final List<UUID> deputyGroupIds = new ArrayList<>();
            final List<String> deputyGroupVenues = new ArrayList<>();
            final List<List<UUID>> topicGroups = new ArrayList<>();
            final List<UUID> topicGroupIds = new ArrayList<>();
            LocalDate formedOn;
        }

        CountyPlan(SimulationConfig cfg, County county, List<County.Township> townships) {
            this.cfg = cfg;
            this.county = county;
            this.townships = townships;
            this.today = cfg.today();
            this.start = cfg.start();
        }

        SplittableRandom random(String stream, String township) {
            return new SplittableRandom(cfg.seed() * 1_000_003L + (stream + "/" + township).hashCode());
        }

        static UUID uuid(SplittableRandom r) {
            long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
            long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(hi, lo);
        }

        static int draw(SplittableRandom r, SimulationConfig.Band band) {
            return (int) band.min() + r.nextInt((int) band.max() - (int) band.min() + 1);
        }

        /** Elections every 5 years (the 2021 round of township and county elections as anchor). */
        LocalDate electedOn(boolean countyLevel) {
            LocalDate anchor = countyLevel ? LocalDate.of(2021, 12, 20) : LocalDate.of(2021, 12, 10);
            LocalDate d = anchor;
            while (d.isAfter(start)) {
                d = d.minusYears(5);
            }
            while (!d.plusYears(5).isAfter(start)) {
                d = d.plusYears(5);
            }
            return d;
        }

        int term(boolean countyLevel) {
            LocalDate elected = electedOn(countyLevel);
            int cycles = (int) ChronoUnit.YEARS.between(LocalDate.of(2021, 12, 1), elected) / 5;
            return (countyLevel ? 18 : 19) + cycles;
        }

        LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
        }

        void deputies() {
            String[] districts = {"第一选区", "第二选区", "第三选区", "第四选区", "第五选区", "第六选区"};
            String[] occupations = {"FARMER", "FARMER", "WORKER", "PROFESSIONAL", "CADRE", "BUSINESS_MANAGER", "OTHER"};
            for (County.Township t : townships) {
                SplittableRandom r = random("deputies", t.code());
                TownshipPeople p = new TownshipPeople();
                people.put(t.code(), p);
                int nCounty = draw(r, cfg.countyDeputiesPerTownship());
                int nTownship = draw(r, cfg.townshipDeputiesPerTownship());
                for (int i = 0; i < nCounty + nTownship; i++) {
                    boolean countyDeputy = i < nCounty;
                    UUID drawn = uuid(r);
                    UUID id = firstDeputyId != null && i == 0 && t == townships.get(0) ? firstDeputyId : drawn;
                    LocalDate birth = People.birthDate(r, today, 30, 62);
                    List<Map<String, Object>> mandates = new ArrayList<>();
                    if (countyDeputy) {
                        mandates.add(mandate("COUNTY", county.code(), term(true), electedOn(true)));
                    }
                    // Some county deputies also sit in their township's congress.
                    if (!countyDeputy || r.nextInt(10) < 3) {
                        mandates.add(mandate("TOWNSHIP", t.code(), term(false), electedOn(false)));
                    }
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("id", id);
                    body.put("name", People.name(r));
                    body.put("gender", r.nextInt(10) < 7 ? "MALE" : "FEMALE");
                    body.put("birthDate", birth.toString());
                    body.put("ethnicity", People.ETHNICITIES);
                    int party = r.nextInt(10);
                    body.put("party", party < 7 ? "CPC" : party < 9 ? "NON_PARTY" : "OTHER_PARTY");
                    body.put("occupation", occupations[r.nextInt(occupations.length)]);
                    body.put("townshipCode", t.code());
                    body.put("electoralDistrict", t.name() + districts[r.nextInt(districts.length)]);
                    body.put("contact", Map.of("phone", People.phone(r),
                            "address", t.name() + t.villages().get(r.nextInt(t.villages().size())).name() + (1 + r.nextInt(99)) + "号"));
                    body.put("mandates", mandates);
                    Item item = new Item("deputy", id, t.code(), "/api/deputies", body, null, null);
                    item.createCounters.add("deputies");
                    item.createCounters.add(countyDeputy ? "deputies.county" : "deputies.township");
                    String township = t.code();
                    item.onCreated = () -> tallyRef.deputy(id, township);
                    deputies.add(item);
                    (countyDeputy ? p.countyDeputies : p.townshipDeputies).add(id);
                    p.all.add(id);
                }
            }
        }

        static Map<String, Object> mandate(String level, String congress, int term, LocalDate electedOn) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", level);
            m.put("congressCode", congress);
            m.put("term", term);
            m.put("electedOn", electedOn.toString());
            return m;
        }

        void groups() {
            String[] ordinals = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"};
            String[] topics = {"产业发展", "城镇建设", "民生保障", "生态环境", "乡村振兴", "教育卫生", "平安法治"};
            for (County.Township t : townships) {
                SplittableRandom r = random("groups", t.code());
                TownshipPeople p = people.get(t.code());
                p.formedOn = start;
                List<UUID> shuffled = new ArrayList<>(p.all);
                shuffle(shuffled, r);
                int g = Math.max(3, Math.min(10, (shuffled.size() + 11) / 12));
                for (int i = 0; i < g; i++) {
                    p.deputyGroups.add(new ArrayList<>());
                }
                for (int i = 0; i < shuffled.size(); i++) {
                    p.deputyGroups.get(i % g).add(shuffled.get(i));
                }
                for (int i = 0; i < g; i++) {
                    List<UUID> members = p.deputyGroups.get(i);
                    String venue = t.name() + ordinals[i] + "代表联络站";
                    groups.add(group(r, t, p, t.name() + ordinals[i] + "代表小组", "DEPUTY_GROUP", null, members,
                            venue(r, i % 3 == 2 ? "DEPUTIES_HOME" : "WORK_STATION", venue, t), p.deputyGroupIds));
                    p.deputyGroupVenues.add(venue);
                }
                for (int i = 0; i < cfg.topicGroupsPerTownship(); i++) {
                    List<UUID> pool = new ArrayList<>(p.all);
                    shuffle(pool, r);
                    List<UUID> members = new ArrayList<>(pool.subList(0, Math.min(pool.size(), 5 + r.nextInt(4))));
                    p.topicGroups.add(members);
                    String theme = topics[i % topics.length];
                    groups.add(group(r, t, p, t.name() + theme + "课题组", "TOPIC_GROUP", theme, members,
                            i == 0 ? venue(r, "WORK_ROOM", t.name() + "人大代表工作室", t) : null, p.topicGroupIds));
                }
            }
        }

        private Item group(SplittableRandom r, County.Township t, TownshipPeople p, String name, String kind, String theme,
                           List<UUID> members, Map<String, Object> venue, List<UUID> ids) {
            UUID id = uuid(r);
            ids.add(id);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("townshipCode", t.code());
            body.put("name", name);
            body.put("kind", kind);
            if (theme != null) {
                body.put("theme", theme);
            }
            body.put("formedOn", p.formedOn.toString());
            body.put("leaderId", members.get(0));
            if (members.size() > 2) {
                body.put("deputyLeaderId", members.get(1));
                body.put("liaisonId", members.get(2));
            }
            body.put("memberIds", members);
            if (venue != null) {
                body.put("venue", venue);
            }
            Item item = new Item("group", id, t.code(), "/api/deputy-groups", body, null, null);
            item.createCounters.add("groups");
            item.createCounters.add("groups." + kind);
            return item;
        }

        private static Map<String, Object> venue(SplittableRandom r, String kind, String name, County.Township t) {
            return Map.of("kind", kind, "name", name, "address", t.name() + "人民路" + (1 + r.nextInt(200)) + "号");
        }

        static <T> void shuffle(List<T> list, SplittableRandom r) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                T tmp = list.get(i);
                list.set(i, list.get(j));
                list.set(j, tmp);
            }
        }

        /** The township congress meets in January, the county congress in February, every year. */
        LocalDate townshipSession(int year, String township) {
            return LocalDate.of(year, 1, 8 + Math.floorMod(township.hashCode(), 10));
        }

        LocalDate countySession(int year) {
            return LocalDate.of(year, 2, 20);
        }

        void activities() {
            for (County.Township t : townships) {
                SplittableRandom r = random("activities", t.code());
                TownshipPeople p = people.get(t.code());
                LocalDate first = p.formedOn.plusDays(1);
                // A reception day every month, each deputy group in turn, at its station.
                int month = 0;
                for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(today); m = m.plusMonths(1), month++) {
                    LocalDate day = between(r, max(m, first), min(m.plusMonths(1).minusDays(1), today));
                    int g = month % p.deputyGroups.size();
                    activities.add(activity(r, t, "VOTER_RECEPTION", null, day, p.deputyGroupIds.get(g), p.deputyGroups.get(g),
                            p.deputyGroupVenues.get(g), "接待选民日", 1 + r.nextInt(8), null));
                    // Each group visits its voters in May and November: with the receptions, at least two contacts a year.
                    if (m.getMonthValue() == 5 || m.getMonthValue() == 11) {
                        for (int i = 0; i < p.deputyGroups.size(); i++) {
                            LocalDate visit = between(r, max(m, first), min(m.plusMonths(1).minusDays(1), today));
                            activities.add(activity(r, t, "VOTER_VISIT", null, visit, p.deputyGroupIds.get(i), p.deputyGroups.get(i),
                                    t.name() + "各村（社区）", "走访选民", r.nextInt(6), null));
                        }
                    }
                }
                for (int year = first.getYear(); year <= today.getYear(); year++) {
                    LocalDate yFrom = max(LocalDate.of(year, 1, 1), first);
                    LocalDate yTo = min(LocalDate.of(year, 12, 31), today);
                    if (yFrom.isAfter(yTo)) {
                        continue;
                    }
                    double share = (ChronoUnit.DAYS.between(yFrom, yTo) + 1) / 365.0;
                    LocalDate ts = townshipSession(year, t.code());
                    if (!ts.isBefore(first) && !ts.isAfter(today)) {
                        activities.add(activity(r, t, "SESSION_ATTENDANCE", null, ts, null, withTownshipMandate(p),
                                t.name() + "人民代表大会会场", "出席乡镇人民代表大会", 0, null));
                    }
                    LocalDate cs = countySession(year);
                    if (!cs.isBefore(first) && !cs.isAfter(today)) {
                        activities.add(activity(r, t, "SESSION_ATTENDANCE", null, cs, null, p.countyDeputies,
                                county.name() + "人民代表大会会场", "出席县人民代表大会", 0, null));
                    }
                    int inspections = (int) Math.round(draw(r, cfg.inspectionsPerYear()) * share);
                    String[] modes = {"COLLECTIVE", "THEMATIC", "INDIVIDUAL"};
                    for (int i = 0; i < inspections; i++) {
                        String mode = modes[i % modes.length];
                        LocalDate day = between(r, yFrom, yTo);
                        List<UUID> who;
                        UUID group = null;
                        if (mode.equals("INDIVIDUAL")) {
                            who = List.of(p.countyDeputies.get(r.nextInt(p.countyDeputies.size())));
                        } else if (mode.equals("THEMATIC")) {
                            int k = r.nextInt(p.topicGroups.size());
                            who = p.topicGroups.get(k);
                            group = p.topicGroupIds.get(k);
                        } else {
                            who = sample(r, p.all, 8 + r.nextInt(8));
                        }
                        activities.add(activity(r, t, "INSPECTION", mode, day, group, who, t.name() + "重点项目现场",
                                "视察", r.nextInt(10), null));
                    }
                    int evaluations = (int) Math.round(draw(r, cfg.evaluationsPerYear()) * share);
                    for (int i = 0; i < evaluations; i++) {
                        County.Unit unit = county.units().get(r.nextInt(county.units().size()));
                        activities.add(activity(r, t, "EVALUATION", null, between(r, yFrom, yTo), null, sample(r, p.all, 6 + r.nextInt(6)),
                                unit.name(), "评议" + unit.name() + "工作", r.nextInt(12), unit.code()));
                    }
                    for (int k = 0; k < p.topicGroups.size(); k++) {
                        if (r.nextDouble() < share) {
                            activities.add(activity(r, t, "SURVEY", null, between(r, yFrom, yTo), p.topicGroupIds.get(k),
                                    p.topicGroups.get(k), t.name(), "专题调研", r.nextInt(8), null));
                        }
                    }
                    if (r.nextDouble() < share) {
                        activities.add(activity(r, t, "TRAINING", null, between(r, yFrom, yTo), null, p.all,
                                t.name() + "人大主席团会议室", "代表履职培训", 0, null));
                        activities.add(activity(r, t, "LAW_ENFORCEMENT_CHECK", null, between(r, yFrom, yTo), null,
                                sample(r, p.all, 5), t.name(), "食品安全法执法检查", r.nextInt(5), null));
                    }
                    LocalDate december = LocalDate.of(year, 12, 1);
                    if (!december.isAfter(today) && !december.isBefore(first)) {
                        for (int i = 0; i < p.deputyGroups.size(); i++) {
                            activities.add(activity(r, t, "REPORT_TO_VOTERS", null, between(r, december, min(december.plusDays(27), today)),
                                    p.deputyGroupIds.get(i), p.deputyGroups.get(i), p.deputyGroupVenues.get(i), "向选民述职", 0, null));
                        }
                    }
                    // The office's manual points: a commendation and, now and then, an unexcused absence.
                    if (r.nextDouble() < share) {
                        activities.add(adjustment(r, t, p.all.get(r.nextInt(p.all.size())), "OTHER", "2.0",
                                "参加防汛抢险志愿服务", between(r, yFrom, yTo)));
                        if (r.nextInt(3) == 0) {
                            activities.add(adjustment(r, t, p.all.get(r.nextInt(p.all.size())), "DISCIPLINE", "-1.0",
                                    "无故缺席代表小组活动", between(r, yFrom, yTo)));
                        }
                    }
                }
            }
        }

        private List<UUID> withTownshipMandate(TownshipPeople p) {
            // Township deputies, plus the county deputies who also sit in the township congress are not tracked
            // here separately: township deputies alone attend in this model.
            return p.townshipDeputies;
        }

        static List<UUID> sample(SplittableRandom r, List<UUID> from, int n) {
            List<UUID> copy = new ArrayList<>(from);
            shuffle(copy, r);
            return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
        }

        private Item activity(SplittableRandom r, County.Township t, String type, String mode, LocalDate heldOn, UUID group,
                              List<UUID> deputies, String place, String notes, int items, String evaluatedUnit) {
            UUID id = uuid(r);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("type", type);
            if (mode != null) {
                body.put("inspectionMode", mode);
            }
            body.put("heldOn", heldOn.toString());
            body.put("townshipCode", t.code());
            if (group != null) {
                body.put("groupId", group);
            }
            body.put("deputyIds", List.copyOf(deputies));
            body.put("place", place);
            body.put("notes", notes);
            body.put("itemsCollected", items);
            if (evaluatedUnit != null) {
                body.put("evaluatedUnitCode", evaluatedUnit);
            }
            Item item = new Item("activity", id, t.code(), "/api/duty-activities", body, heldOn, null);
            item.createCounters.add("activities");
            item.createCounters.add("activities." + type);
            List<UUID> who = List.copyOf(deputies);
            if (type.equals("VOTER_RECEPTION") || type.equals("VOTER_VISIT")) {
                item.onCreated = () -> who.forEach(d -> tallyRef.voterContact(d, heldOn.getYear()));
                item.createCounters.add("activities.voterContacts");
            }
            return item;
        }

        private Item adjustment(SplittableRandom r, County.Township t, UUID deputy, String category, String points,
                                String reason, LocalDate on) {
            UUID id = uuid(r);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("category", category);
            body.put("points", new java.math.BigDecimal(points));
            body.put("reason", reason);
            body.put("on", on.toString());
            Item item = new Item("adjustment", id, t.code(), "/api/deputies/" + deputy + "/points-adjustments", body, on, null);
            item.createCounters.add("pointsAdjustments");
            return item;
        }

        Tally tallyRef;

        static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        /** A whole number of items inside the band for a cohort of {@code n}, as near its middle as possible. */
        static int quota(int n, SimulationConfig.Band band) {
            int k = (int) Math.round(band.mid() * n);
            if (n == 0 || band.contains((double) k / n)) {
                return k;
            }
            for (int d = 1; d <= n; d++) {
                if (k - d >= 0 && band.contains((double) (k - d) / n)) {
                    return k - d;
                }
                if (k + d <= n && band.contains((double) (k + d) / n)) {
                    return k + d;
                }
            }
            return k;
        }

        /** Yearly windows ending today: [today - (i+1) years + 1 day, today - i years]. */
        List<LocalDate[]> windows() {
            List<LocalDate[]> out = new ArrayList<>();
            for (int i = cfg.years() - 1; i >= 0; i--) {
                out.add(new LocalDate[]{today.minusYears(i + 1).plusDays(1), today.minusYears(i)});
            }
            return out;
        }

        void proposals() {
            ProposalPlanner planner = new ProposalPlanner(this);
            for (County.Township t : townships) {
                planner.plan(t, random("proposals", t.code()), proposals);
            }
            planner.applyFates(random("proposal-fates", county.code()), proposals);
        }

        void petitions() {
            PetitionPlanner planner = new PetitionPlanner(this);
            for (County.Township t : townships) {
                planner.plan(t, random("petitions", t.code()), petitions);
            }
            planner.applyFates(random("petition-fates", county.code()), petitions);
        }
    }

    /** The plan alone, for tests and dry runs: what would be sent, without sending anything. */
    static CountyPlan plan(SimulationConfig config, County county, Tally tally) {
        List<County.Township> townships = config.townships() <= 0 ? county.townships()
                : county.townships().subList(0, Math.min(config.townships(), county.townships().size()));
        CountyPlan plan = new CountyPlan(config, county, townships);
        plan.tallyRef = tally;
        plan.deputies();
        plan.groups();
        plan.activities();
        plan.proposals();
        plan.petitions();
        return plan;
    }

    public static void main(String[] args) {
        Cli.main(args);
    }
}
