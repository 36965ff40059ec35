package org.minyi.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.minyi.simulator.CountyCalendar.earlier;
import static org.minyi.simulator.CountyCalendar.later;
import static org.minyi.simulator.Draws.between;
import static org.minyi.simulator.Draws.sample;

/**
 * Duty activities through the year (docs/domain.md §3): a reception day every month, voter visits in May and
 * November, the congresses' sessions, inspections, evaluations of a unit, surveys of the topic groups, training
 * and law-enforcement checks, the December reports to voters; and the office's manual points adjustments.
 * Yearly volumes are bands, prorated for the part of a year inside the history.
 */
final class ActivityPlanner {

    private static final String[] INSPECTION_MODES = {"COLLECTIVE", "THEMATIC", "INDIVIDUAL"};

    private final CountyPlan plan;

    ActivityPlanner(CountyPlan plan) {
        this.plan = plan;
    }

    List<Item> plan() {
        List<Item> out = new ArrayList<>();
        for (County.Township t : plan.townships) {
            township(t, plan.random("activities", t.code()), plan.rosters.get(t.code()), out);
        }
        return out;
    }

    private void township(County.Township t, SplittableRandom r, Roster p, List<Item> activities) {
        LocalDate today = plan.calendar.today;
        LocalDate first = p.formedOn.plusDays(1);
        // A reception day every month, each deputy group in turn, at its station.
        int month = 0;
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(today); m = m.plusMonths(1), month++) {
            LocalDate day = between(r, later(m, first), earlier(m.plusMonths(1).minusDays(1), today));
            Roster.Group host = p.deputyGroups.get(month % p.deputyGroups.size());
            activities.add(activity(r, t, "VOTER_RECEPTION", null, day, host.id(), host.members(), host.venue(), "接待选民日",
                    1 + r.nextInt(8), null));
            // Each group visits its voters in May and November: with the receptions, at least two contacts a year.
            if (m.getMonthValue() == 5 || m.getMonthValue() == 11) {
                for (Roster.Group g : p.deputyGroups) {
                    LocalDate visit = between(r, later(m, first), earlier(m.plusMonths(1).minusDays(1), today));
                    activities.add(activity(r, t, "VOTER_VISIT", null, visit, g.id(), g.members(), t.name() + "各村（社区）",
                            "走访选民", r.nextInt(6), null));
                }
            }
        }
        for (int year = first.getYear(); year <= today.getYear(); year++) {
            LocalDate yFrom = later(LocalDate.of(year, 1, 1), first);
            LocalDate yTo = earlier(LocalDate.of(year, 12, 31), today);
            if (yFrom.isAfter(yTo)) {
                continue;
            }
            double share = (ChronoUnit.DAYS.between(yFrom, yTo) + 1) / 365.0;
            LocalDate ts = plan.calendar.townshipSession(year, t.code());
            if (!ts.isBefore(first) && !ts.isAfter(today)) {
                // Township deputies alone attend it in this model (county deputies who also sit there are left out).
                activities.add(activity(r, t, "SESSION_ATTENDANCE", null, ts, null, p.townshipDeputies,
                        t.name() + "人民代表大会会场", "出席乡镇人民代表大会", 0, null));
            }
            LocalDate cs = plan.calendar.countySession(year);
            if (!cs.isBefore(first) && !cs.isAfter(today)) {
                activities.add(activity(r, t, "SESSION_ATTENDANCE", null, cs, null, p.countyDeputies,
                        plan.county.name() + "人民代表大会会场", "出席县人民代表大会", 0, null));
            }
            int inspections = (int) Math.round(Draws.inBand(r, plan.cfg.inspectionsPerYear()) * share);
            for (int i = 0; i < inspections; i++) {
                String mode = INSPECTION_MODES[i % INSPECTION_MODES.length];
                LocalDate day = between(r, yFrom, yTo);
                List<UUID> who;
                UUID group = null;
                if (mode.equals("INDIVIDUAL")) {
                    who = List.of(p.countyDeputies.get(r.nextInt(p.countyDeputies.size())));
                } else if (mode.equals("THEMATIC")) {
                    Roster.Group topic = p.topicGroups.get(r.nextInt(p.topicGroups.size()));
                    who = topic.members();
                    group = topic.id();
                } else {
                    who = sample(r, p.all, 8 + r.nextInt(8));
                }
                activities.add(activity(r, t, "INSPECTION", mode, day, group, who, t.name() + "重点项目现场",
                        "视察", r.nextInt(10), null));
            }
            int evaluations = (int) Math.round(Draws.inBand(r, plan.cfg.evaluationsPerYear()) * share);
            for (int i = 0; i < evaluations; i++) {
                County.Unit unit = plan.county.units().get(r.nextInt(plan.county.units().size()));
                activities.add(activity(r, t, "EVALUATION", null, between(r, yFrom, yTo), null, sample(r, p.all, 6 + r.nextInt(6)),
                        unit.name(), "评议" + unit.name() + "工作", r.nextInt(12), unit.code()));
            }
            for (Roster.Group topic : p.topicGroups) {
                if (r.nextDouble() < share) {
                    activities.add(activity(r, t, "SURVEY", null, between(r, yFrom, yTo), topic.id(),
                            topic.members(), t.name(), "专题调研", r.nextInt(8), null));
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
                for (Roster.Group g : p.deputyGroups) {
                    activities.add(activity(r, t, "REPORT_TO_VOTERS", null, between(r, december, earlier(december.plusDays(27), today)),
                            g.id(), g.members(), g.venue(), "向选民述职", 0, null));
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

    private static Item activity(SplittableRandom r, County.Township t, String type, String mode, LocalDate heldOn, UUID group,
                                 List<UUID> deputies, String place, String notes, int items, String evaluatedUnit) {
        UUID id = Draws.uuid(r);
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
            item.onCreated = tally -> who.forEach(d -> tally.voterContact(d, heldOn.getYear()));
            item.createCounters.add("activities.voterContacts");
        }
        return item;
    }

    private static Item adjustment(SplittableRandom r, County.Township t, UUID deputy, String category, String points,
                                   String reason, LocalDate on) {
        UUID id = Draws.uuid(r);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("category", category);
        body.put("points", new BigDecimal(points));
        body.put("reason", reason);
        body.put("on", on.toString());
        Item item = new Item("adjustment", id, t.code(), "/api/deputies/" + deputy + "/points-adjustments", body, on, null);
        item.createCounters.add("pointsAdjustments");
        return item;
    }
}
