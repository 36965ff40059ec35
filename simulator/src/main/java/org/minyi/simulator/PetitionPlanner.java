package org.minyi.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.minyi.simulator.CountyCalendar.earlier;

/**
 * Petitions through docs/domain.md §5 on every channel and category: collective visits, repeats linked to their
 * original, level-skipping, complaints against a unit, important ones instructed by a leader; registered,
 * assigned (or transferred, or not accepted), completed, answered, visited and archived, an unsatisfied
 * petitioner's review sending it back to the unit. As for proposals, the fates are dealt to exact quotas of the
 * mature items ({@link Quotas}). The request shapes are in {@link PetitionSteps}.
 */
final class PetitionPlanner {

    private static final Map<String, String> SUBJECTS = Map.of(
            "LAND", "承包地流转纠纷", "DEMOLITION", "房屋拆迁补偿争议", "LABOUR", "工地拖欠工资",
            "ENVIRONMENT", "养殖场污染河道", "LAW_AND_LITIGATION", "对法院判决执行不满", "SOCIAL_SECURITY", "养老保险待遇核定",
            "VILLAGE_AFFAIRS", "村务公开不及时", "OTHER", "道路路灯损坏");

    static final class Draft {
        Item item;
        County.Township township;
        LocalDate receivedOn;
        String category;
        List<String> flags = new ArrayList<>();
        UUID repeatOf;
        String disposition;
        String unit;
        String accused;
        boolean collective;
        int regDays, dispDays, completeDays, lateCompleteDays, answerDays, visitDays, archiveDays, reviewDays,
                reCompleteDays, reAnswerDays, reVisitDays, extensionDays;
        boolean extension, basically, lateRegistration;
        final Quotas.Fate fate = new Quotas.Fate();
    }

    private final CountyPlan plan;
    private final List<Draft> drafts = new ArrayList<>();

    PetitionPlanner(CountyPlan plan) {
        this.plan = plan;
    }

    List<Item> plan() {
        List<Item> out = new ArrayList<>();
        for (County.Township t : plan.townships) {
            township(t, plan.random("petitions", t.code()), out);
        }
        applyFates(plan.random("petition-fates", plan.county.code()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private void township(County.Township t, SplittableRandom r, List<Item> out) {
        Roster p = plan.rosters.get(t.code());
        SimulationConfig cfg = plan.cfg;
        List<Draft> earlierWindows = new ArrayList<>();
        for (LocalDate[] w : plan.calendar.windows()) {
            int n = (int) Math.round(Draws.inBand(r, cfg.petitionsPerTownshipYear()) * cfg.scale());
            List<Draft> window = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Draft d = new Draft();
                d.township = t;
                // The first items of each township and year cover every channel and every category.
                String channel = i < PetitionSteps.CHANNELS.size() ? PetitionSteps.CHANNELS.get(i) : weightedChannel(r);
                d.category = i < PetitionSteps.CATEGORIES.size() ? PetitionSteps.CATEGORIES.get(i)
                        : PetitionSteps.CATEGORIES.get(r.nextInt(PetitionSteps.CATEGORIES.size()));
                d.receivedOn = Draws.between(r, w[0], w[1]);
                UUID id = Draws.uuid(r);
                County.Village village = t.villages().get(r.nextInt(t.villages().size()));
                List<Map<String, Object>> petitioners = new ArrayList<>();
                Integer visitors = null;
                // The first visit of each township and year is a collective one; later visits now and then.
                d.collective = channel.equals("VISIT") && (r.nextInt(100) < 15 || i == 1);
                int named = d.collective ? 5 + r.nextInt(4) : 1;
                for (int k = 0; k < named; k++) {
                    petitioners.add(petitioner(r, t, village, plan.calendar.today));
                }
                if (channel.equals("VISIT")) {
                    // A visit counts at least the petitioners it names (petition-service's rule).
                    visitors = Math.max(named, d.collective ? 5 + r.nextInt(30) : 1 + r.nextInt(3));
                }
                // A repeat: the same petitioner again, about the same matter, linked to the earlier petition.
                Draft original = null;
                // Originals from earlier years and from this one, never a repeat itself (repeats go in a second wave).
                // The last item of a year is a repeat when the year has none yet, received at the end of the year.
                boolean repeatDrawn = r.nextInt(100) < 8;
                boolean forceRepeat = i == n - 1 && window.stream().noneMatch(e -> e.repeatOf != null) && !window.isEmpty();
                if (forceRepeat) {
                    d.receivedOn = w[1];
                }
                List<Draft> candidates = java.util.stream.Stream.concat(earlierWindows.stream(), window.stream())
                        .filter(e -> e.repeatOf == null && e.receivedOn.plusDays(30).isBefore(d.receivedOn)).toList();
                if (!candidates.isEmpty() && (repeatDrawn || forceRepeat)) {
                    original = candidates.get(r.nextInt(candidates.size()));
                    d.repeatOf = original.item.id;
                    d.category = original.category;
                    d.flags.add("REPEAT");
                    petitioners = List.of(((List<Map<String, Object>>) original.item.createBody.get("petitioners")).get(0));
                    if (visitors != null) {
                        visitors = Math.max(1, visitors);
                    }
                }
                if (d.collective || r.nextInt(100) < 8) {
                    d.flags.add("IMPORTANT");
                }
                // Every township and year has at least one level-skipping petition and one complaint against a unit.
                if (r.nextInt(100) < 6 || i == 2) {
                    d.flags.add("LEVEL_SKIPPING");
                }
                int disposition = r.nextInt(100);
                d.disposition = d.collective || disposition < 80 ? "ASSIGN" : disposition < 90 ? "TRANSFER" : "NOT_ACCEPT";
                d.unit = t.units().get(r.nextInt(t.units().size())).code();
                if ((r.nextInt(100) < 6 || i == 3) && t.units().size() > 1) {
                    d.flags.add("COMPLAINT_AGAINST_UNIT");
                    County.Unit accused = t.units().get(r.nextInt(t.units().size()));
                    d.accused = accused.code();
                    if (d.unit.equals(d.accused)) {
                        // Never handled by the unit complained about.
                        d.unit = plan.county.units().get(0).code();
                    }
                }
                d.regDays = r.nextInt(3);
                d.lateRegistration = r.nextBoolean();
                d.dispDays = 1 + r.nextInt(9);
                d.completeDays = 10 + r.nextInt(45);
                d.lateCompleteDays = 61 + r.nextInt(20);
                d.extension = r.nextInt(100) < 5;
                d.extensionDays = 15 + r.nextInt(16);
                d.answerDays = 1 + r.nextInt(12);
                d.visitDays = 3 + r.nextInt(13);
                d.archiveDays = 1 + r.nextInt(20);
                d.reviewDays = 1 + r.nextInt(10);
                d.reCompleteDays = 10 + r.nextInt(30);
                d.reAnswerDays = 1 + r.nextInt(10);
                d.reVisitDays = 3 + r.nextInt(13);
                d.basically = r.nextInt(100) < 30;

                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", id);
                body.put("channel", channel);
                body.put("receivedOn", d.receivedOn.toString());
                body.put("townshipCode", t.code());
                body.put("villageCode", village.code());
                if (visitors != null) {
                    body.put("visitors", visitors);
                }
                body.put("petitioners", petitioners);
                body.put("subject", SUBJECTS.get(d.category));
                body.put("content", "反映" + village.name() + SUBJECTS.get(d.category) + "问题，请求协调解决。");
                if (d.accused != null) {
                    body.put("accusedUnitCode", d.accused);
                }
                if (channel.equals("DEPUTY_REFERRAL")) {
                    body.put("onBehalfOf", "deputy:" + p.all.get(r.nextInt(p.all.size())));
                }
                d.item = new Item(original == null ? "petition" : "petition-repeat", id, t.code(), PetitionSteps.create(), body,
                        d.receivedOn, "RECEIVED");
                d.item.createCounters.add("petitions.received");
                d.item.createCounters.add("petitions.channel." + channel);
                if (d.collective) {
                    d.item.createCounters.add("petitions.collective");
                }
                if (visitors != null) {
                    for (int v = 0; v < visitors; v++) {
                        d.item.createCounters.add("petitions.personTimes");
                    }
                }
                window.add(d);
                drafts.add(d);
                out.add(d.item);
            }
            earlierWindows.addAll(window);
        }
    }

    private static String weightedChannel(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 25 ? "LETTER" : x < 55 ? "VISIT" : x < 70 ? "PHONE" : x < 75 ? "EMAIL" : x < 95 ? "ONLINE" : "DEPUTY_REFERRAL";
    }

    private static Map<String, Object> petitioner(SplittableRandom r, County.Township t, County.Village village, LocalDate today) {
        LocalDate birth = People.birthDate(r, today, 25, 75);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", People.name(r));
        if (r.nextInt(10) < 8) {
            m.put("idNumber", People.idNumber(r, birth));
        }
        m.put("phone", People.phone(r));
        m.put("address", t.name() + village.name() + (1 + r.nextInt(150)) + "号");
        return m;
    }

    /** Mature: assigned to a unit, and received 240 days ago or more. The fates go to quotas of those. */
    private void applyFates(SplittableRandom r) {
        List<Quotas.Fate> mature = new ArrayList<>();
        for (Draft d : drafts) {
            d.item.mature = d.disposition.equals("ASSIGN") && !d.receivedOn.plusDays(240).isAfter(plan.calendar.today);
            if (d.item.mature) {
                mature.add(d.fate);
            }
        }
        Quotas.deal(mature, plan.cfg, r);
        drafts.forEach(this::steps);
    }

    private void steps(Draft d) {
        Item item = d.item;
        UUID id = item.id;
        List<Step> s = item.steps;
        boolean lateRegistration = d.fate.late && d.lateRegistration;
        boolean lateCompletion = d.fate.late && !d.lateRegistration;
        LocalDate registered = d.receivedOn.plusDays(lateRegistration ? 4 + d.regDays : d.regDays);
        Step register = PetitionSteps.register(id, registered, d.category, List.copyOf(d.flags), d.repeatOf)
                .counting("petitions.category." + d.category);
        for (String flag : d.flags) {
            register = register.counting("petitions.flag." + flag);
        }
        s.add(lateRegistration ? register.marked(Step.LATE) : register);
        if (d.flags.contains("IMPORTANT")) {
            s.add(PetitionSteps.instruction(id, registered, "县人大常委会主任", "请责任单位依法依规妥善处理，按期报结。", "REGISTERED"));
        }
        // Disposed of within 15 days of receipt.
        LocalDate disposed = earlier(registered.plusDays(d.dispDays), d.receivedOn.plusDays(15));
        if (disposed.isBefore(registered)) {
            disposed = registered;
        }
        switch (d.disposition) {
            case "TRANSFER" -> {
                s.add(PetitionSteps.transfer(id, disposed, "县人民法院"));
                closeOut(d, s, disposed.plusDays(d.completeDays), null);
                return;
            }
            case "NOT_ACCEPT" -> {
                s.add(PetitionSteps.notAccept(id, disposed, "已经依法处理，无新的事实和理由"));
                LocalDate answered = disposed.plusDays(d.answerDays);
                s.add(PetitionSteps.answer(id, answered, "WRITTEN", "依法告知不予受理及理由。"));
                LocalDate visitedOn = answered.plusDays(d.visitDays);
                s.add(PetitionSteps.returnVisit(id, visitedOn, d.basically ? "BASICALLY_SATISFIED" : "SATISFIED"));
                s.add(PetitionSteps.archive(id, visitedOn.plusDays(d.archiveDays)));
                return;
            }
            default -> s.add(PetitionSteps.assign(id, disposed, d.unit));
        }
        if (d.fate.overdue) {
            item.overdue = true;
            // Completion never reported: the office urges the unit once the deadline has passed.
            LocalDate urge = disposed.plusDays(62);
            s.add(PetitionSteps.supervision(id, urge, "URGE", "已超期，督促承办单位尽快办结", "ASSIGNED"));
            return;
        }
        LocalDate completed;
        if (d.extension && !lateCompletion) {
            LocalDate asked = disposed.plusDays(45);
            s.add(PetitionSteps.extension(id, asked, d.extensionDays, "案情复杂，需进一步调查核实", "ASSIGNED"));
            completed = disposed.plusDays(60 + d.extensionDays / 2);
        } else {
            completed = disposed.plusDays(lateCompletion ? d.lateCompleteDays : d.completeDays);
        }
        closeOut(d, s, completed, lateCompletion ? Step.LATE : null);
    }

    /** Completion, answer, return visit, a review when unsatisfied, archive. */
    private void closeOut(Draft d, List<Step> s, LocalDate completed, String completionMark) {
        UUID id = d.item.id;
        String unit = d.disposition.equals("ASSIGN") ? d.unit : null;
        Step complete = PetitionSteps.complete(id, completed, "已调查核实并依法处理", unit);
        s.add(completionMark == null ? complete : complete.marked(completionMark));
        LocalDate answered = completed.plusDays(d.answerDays);
        s.add(PetitionSteps.answer(id, answered, "WRITTEN", "已书面答复信访人处理结果。"));
        LocalDate visited = answered.plusDays(d.visitDays);
        LocalDate last;
        if (d.fate.unsatisfied) {
            s.add(PetitionSteps.returnVisit(id, visited, "UNSATISFIED").marked(Step.FIRST_EVALUATION_UNSATISFIED)
                    .counting("petitions.unsatisfied"));
            LocalDate review = visited.plusDays(d.reviewDays);
            s.add(PetitionSteps.reviewRequest(id, review, "对处理结果不满意，请求复查"));
            LocalDate completed2 = review.plusDays(d.reCompleteDays);
            s.add(PetitionSteps.complete(id, completed2, "复查后重新处理", unit));
            LocalDate answered2 = completed2.plusDays(d.reAnswerDays);
            s.add(PetitionSteps.answer(id, answered2, "WRITTEN", "已答复复查处理结果。"));
            last = answered2.plusDays(d.reVisitDays);
            s.add(PetitionSteps.returnVisit(id, last, "SATISFIED").counting("petitions.satisfied"));
        } else {
            s.add(PetitionSteps.returnVisit(id, visited, d.basically ? "BASICALLY_SATISFIED" : "SATISFIED")
                    .marked(Step.FIRST_EVALUATION).counting("petitions.satisfied"));
            last = visited;
        }
        s.add(PetitionSteps.archive(id, last.plusDays(d.archiveDays)));
    }
}
