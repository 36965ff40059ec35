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
 * Proposals through docs/domain.md §4: submitted (mostly at the congress session), registered or rejected, assigned to
 * a unit, consulted (or the consultation waived), replied A/B/C, evaluated; some unsatisfied and handled again,
 * class B replies later marked implemented. Every random draw happens in {@link #plan}; fates (late, overdue,
 * unsatisfied) are then dealt to exact quotas of the mature items ({@link Quotas}), so the proportions land in
 * their bands.
 */
final class ProposalPlanner {

    static final List<String> CATEGORIES = List.of("ECONOMY", "URBAN_RURAL_CONSTRUCTION", "AGRICULTURE",
            "EDUCATION_SCIENCE_CULTURE_HEALTH", "SOCIAL_SECURITY", "ENVIRONMENT", "LAW_AND_GOVERNANCE", "OTHER");
    private static final Map<String, String> TITLES = Map.of(
            "ECONOMY", "关于支持小微企业发展的建议", "URBAN_RURAL_CONSTRUCTION", "关于加快老旧小区改造的建议",
            "AGRICULTURE", "关于完善农田水利设施的建议", "EDUCATION_SCIENCE_CULTURE_HEALTH", "关于改善乡村学校办学条件的建议",
            "SOCIAL_SECURITY", "关于提高农村养老服务水平的建议", "ENVIRONMENT", "关于加强河道环境整治的建议",
            "LAW_AND_GOVERNANCE", "关于加强基层矛盾纠纷调解的建议", "OTHER", "关于增设公交站点的建议");

    /** Everything drawn for one proposal, before its fate is known. */
    static final class Draft {
        Item item;
        String township;
        String congress;
        boolean countyCongress;
        UUID lead;
        String leadUnit;
        String coUnit;
        LocalDate submittedOn;
        boolean reject;
        int regDays, assignDays, consultDays, replyDays, lateDays, evalDays, plannedMonths, reConsultDays, reReplyDays,
                reEvalDays;
        boolean waive, complex, supervise, implemented, basically;
        String replyClass, reReplyClass;
        final Quotas.Fate fate = new Quotas.Fate();

        LocalDate assignedOn() {
            return submittedOn.plusDays(regDays + assignDays);
        }

        LocalDate deadline() {
            return assignedOn().plusMonths(complex ? 6 : 3);
        }
    }

    private final CountyPlan plan;
    private final List<Draft> drafts = new ArrayList<>();

    ProposalPlanner(CountyPlan plan) {
        this.plan = plan;
    }

    List<Item> plan() {
        List<Item> out = new ArrayList<>();
        for (County.Township t : plan.townships) {
            township(t, plan.random("proposals", t.code()), out);
        }
        applyFates(plan.random("proposal-fates", plan.county.code()));
        return out;
    }

    private void township(County.Township t, SplittableRandom r, List<Item> out) {
        Roster p = plan.rosters.get(t.code());
        SimulationConfig cfg = plan.cfg;
        for (LocalDate[] w : plan.calendar.windows()) {
            int n = (int) Math.round(Draws.inBand(r, cfg.proposalsPerTownshipYear()) * cfg.scale());
            for (int i = 0; i < n; i++) {
                Draft d = new Draft();
                d.township = t.code();
                d.countyCongress = p.countyDeputies.size() >= 10 && r.nextInt(100) < 20;
                d.congress = d.countyCongress ? plan.county.code() : t.code();
                List<UUID> eligible = d.countyCongress ? p.countyDeputies : p.townshipDeputies;
                boolean motion = r.nextInt(100) < 12;
                LocalDate session = sessionIn(w, d.countyCongress, t.code());
                boolean atSession = session != null && r.nextInt(100) < 55;
                d.submittedOn = atSession ? session : Draws.between(r, w[0], w[1]);
                List<UUID> signers = Draws.sample(r, eligible, motion ? (d.countyCongress ? 10 : 5) + r.nextInt(3)
                        : 1 + (r.nextInt(10) < 3 ? 1 + r.nextInt(2) : 0));
                d.lead = signers.get(0);
                String category = CATEGORIES.get(r.nextInt(CATEGORIES.size()));
                List<County.Unit> units = d.countyCongress ? plan.county.units() : t.units();
                d.leadUnit = units.get(r.nextInt(units.size())).code();
                String coUnit = r.nextInt(10) < 3 ? plan.county.units().get(r.nextInt(plan.county.units().size())).code() : null;
                d.reject = r.nextInt(100) < 5;
                d.regDays = 1 + r.nextInt(7);
                d.assignDays = 2 + r.nextInt(12);
                d.consultDays = 10 + r.nextInt(40);
                d.waive = r.nextInt(100) < 15;
                d.replyDays = 5 + r.nextInt(30);
                d.lateDays = 5 + r.nextInt(35);
                d.evalDays = 7 + r.nextInt(18);
                int cls = r.nextInt(100);
                d.replyClass = cls < 45 ? "A" : cls < 85 ? "B" : "C";
                d.reReplyClass = r.nextInt(2) == 0 ? "A" : "B";
                d.plannedMonths = 2 + r.nextInt(6);
                d.reConsultDays = 5 + r.nextInt(15);
                d.reReplyDays = 10 + r.nextInt(30);
                d.reEvalDays = 5 + r.nextInt(15);
                d.complex = r.nextInt(100) < 10;
                d.supervise = r.nextInt(100) < 10;
                d.implemented = r.nextInt(100) < 80;
                d.basically = r.nextInt(100) < 30;
                UUID id = Draws.uuid(r);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", id);
                body.put("kind", motion ? "MOTION" : "SUGGESTION");
                body.put("congressCode", d.congress);
                if (atSession) {
                    body.put("sessionId", (d.countyCongress ? "C" : "T") + d.congress + "-" + plan.calendar.term(d.countyCongress) + "-"
                            + session.getYear());
                }
                body.put("submittedOn", d.submittedOn.toString());
                body.put("leadDeputyId", d.lead);
                body.put("coSignerIds", List.copyOf(signers.subList(1, signers.size())));
                body.put("title", TITLES.get(category));
                body.put("content", "群众反映强烈，建议有关部门研究解决。");
                body.put("category", category);
                body.put("onBehalfOf", "deputy:" + d.lead);
                d.item = new Item("proposal", id, t.code(), "/api/proposals", body, d.submittedOn, "SUBMITTED");
                d.item.createCounters.add("proposals.submitted");
                d.item.createCounters.add("proposals.kind." + body.get("kind"));
                d.item.createCounters.add(d.countyCongress ? "proposals.countyCongress" : "proposals.townshipCongress");
                d.coUnit = coUnit;
                drafts.add(d);
                out.add(d.item);
            }
        }
    }

    private LocalDate sessionIn(LocalDate[] w, boolean countyCongress, String township) {
        for (int y = w[0].getYear(); y <= w[1].getYear(); y++) {
            LocalDate s = countyCongress ? plan.calendar.countySession(y) : plan.calendar.townshipSession(y, township);
            if (!s.isBefore(w[0]) && !s.isAfter(w[1])) {
                return s;
            }
        }
        return null;
    }

    /** Mature: not rejected, and 70 days past the reply deadline today. The fates go to quotas of those. */
    private void applyFates(SplittableRandom r) {
        List<Quotas.Fate> mature = new ArrayList<>();
        for (Draft d : drafts) {
            d.item.mature = !d.reject && !d.deadline().plusDays(70).isAfter(plan.calendar.today);
            if (d.item.mature) {
                mature.add(d.fate);
            }
        }
        Quotas.deal(mature, plan.cfg, r);
        for (Draft d : drafts) {
            steps(d);
        }
    }

    private void steps(Draft d) {
        Item item = d.item;
        UUID id = item.id;
        String path = "/api/proposals/" + id + "/";
        String unit = "unit:" + d.leadUnit;
        String deputy = "deputy:" + d.lead;
        LocalDate on = d.submittedOn.plusDays(d.regDays);
        if (d.reject) {
            item.steps.add(new Step(on, "reject", path + "reject", body("rejectedOn", on, "reason", "不属于本级人大职权范围", null),
                    "REJECTED"));
            return;
        }
        item.steps.add(new Step(on, "register", path + "register", body("registeredOn", on, null, null, null), "REGISTERED"));
        LocalDate assigned = d.assignedOn();
        Map<String, Object> assign = body("assignedOn", assigned, "responsibleLeader", "分管领导" + People.name(random(d)), null);
        assign.put("leadUnitCode", d.leadUnit);
        assign.put("coUnitCodes", d.coUnit == null || d.coUnit.equals(d.leadUnit) ? List.of() : List.of(d.coUnit));
        assign.put("handler", People.name(random(d)));
        assign.put("complex", d.complex);
        item.steps.add(new Step(assigned, "assign", path + "assign", assign, "ASSIGNED"));
        LocalDate consulted = assigned.plusDays(d.consultDays);
        if (d.supervise) {
            LocalDate s = assigned.plusDays(Math.max(1, d.consultDays / 2));
            Map<String, Object> b = body("on", s, "type", "PROGRESS_REPORT", null);
            b.put("note", "听取办理进度汇报");
            item.steps.add(new Step(s, "supervision", path + "supervision", b, "ASSIGNED"));
        }
        item.steps.add(consultation(path, consulted, d.waive, unit, deputy));
        if (d.fate.overdue) {
            item.overdue = true;
            return; // the reply is never made: overdue as of today
        }
        LocalDate replied = d.fate.late ? d.deadline().plusDays(d.lateDays) : earlier(consulted.plusDays(d.replyDays), d.deadline());
        Step reply = reply(path, replied, d.replyClass, d.plannedMonths, unit);
        item.steps.add(d.fate.late ? reply.marked(Step.LATE) : reply);
        LocalDate evaluatedOn = replied.plusDays(d.evalDays);
        String lastClass = d.replyClass;
        LocalDate lastPlanned = replied.plusMonths(d.plannedMonths);
        LocalDate last;
        if (d.fate.unsatisfied) {
            item.steps.add(new Step(evaluatedOn, "evaluations", path + "evaluations",
                    body("evaluatedOn", evaluatedOn, "result", "UNSATISFIED", deputy), "REHANDLING")
                    .marked(Step.FIRST_EVALUATION_UNSATISFIED).counting("proposals.unsatisfied"));
            LocalDate c2 = evaluatedOn.plusDays(d.reConsultDays);
            item.steps.add(consultation(path, c2, false, unit, deputy).counting("proposals.rehandled"));
            LocalDate r2 = c2.plusDays(d.reReplyDays);
            item.steps.add(reply(path, r2, d.reReplyClass, d.plannedMonths, unit));
            LocalDate e2 = r2.plusDays(d.reEvalDays);
            item.steps.add(new Step(e2, "evaluations", path + "evaluations", body("evaluatedOn", e2, "result", "SATISFIED", deputy),
                    "CLOSED").counting("proposals.satisfied"));
            lastClass = d.reReplyClass;
            lastPlanned = r2.plusMonths(d.plannedMonths);
            last = e2;
        } else {
            String result = d.basically ? "BASICALLY_SATISFIED" : "SATISFIED";
            item.steps.add(new Step(evaluatedOn, "evaluations", path + "evaluations", body("evaluatedOn", evaluatedOn, "result", result, deputy),
                    "CLOSED").marked(Step.FIRST_EVALUATION).counting("proposals.satisfied"));
            last = evaluatedOn;
        }
        if (lastClass.equals("B")) {
            LocalDate recorded = lastPlanned.isBefore(last) ? last : lastPlanned;
            Map<String, Object> b = body("recordedOn", recorded, null, null, null);
            b.put("implemented", d.implemented);
            item.steps.add(new Step(recorded, "implementation", path + "implementation", b, "CLOSED"));
        }
    }

    private static SplittableRandom random(Draft d) {
        // Names of the unit's officials: drawn from the item's own id, so the plan's main streams are untouched.
        return new SplittableRandom(d.item.id.getLeastSignificantBits());
    }

    private static Step consultation(String path, LocalDate on, boolean waive, String unit, String deputy) {
        if (waive) {
            Map<String, Object> b = body("waivedOn", on, "note", "代表表示无需面商", deputy);
            return new Step(on, "consultation-waiver", path + "consultation-waiver", b, "CONSULTED");
        }
        Map<String, Object> b = body("heldOn", on, "form", "FACE_TO_FACE", unit);
        b.put("attendees", List.of("承办单位经办人", "领衔代表"));
        return new Step(on, "consultations", path + "consultations", b, "CONSULTED");
    }

    private static Step reply(String path, LocalDate on, String cls, int plannedMonths, String unit) {
        Map<String, Object> b = body("repliedOn", on, "replyClass", cls, unit);
        b.put("text", switch (cls) {
            case "A" -> "所提问题已解决。";
            case "B" -> "已列入年度计划，正在推进。";
            default -> "受资金条件限制，暂不能解决，已作说明。";
        });
        if (cls.equals("B")) {
            b.put("plannedCompletionOn", on.plusMonths(plannedMonths).toString());
        }
        return new Step(on, "replies", path + "replies", b, "REPLIED").counting("proposals.replyClass." + cls);
    }

    private static Map<String, Object> body(String dateField, LocalDate on, String key, Object value, String onBehalfOf) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put(dateField, on.toString());
        if (key != null) {
            b.put(key, value);
        }
        if (onBehalfOf != null) {
            b.put("onBehalfOf", onBehalfOf);
        }
        return b;
    }
}
