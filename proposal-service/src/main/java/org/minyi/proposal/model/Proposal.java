package org.minyi.proposal.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deputy's motion or suggestion (代表议案/建议), event-sourced, from submission through assignment,
 * consultation, reply, evaluation and re-handling to closing (docs/domain.md §4). Which step each state allows,
 * and which state each event leads to, is {@link ProposalLifecycle}'s; who must sign {@link CoSignerPolicy}'s,
 * against the roster of {@link ServingDeputies}; when the reply is due {@link ReplyDeadlinePolicy}'s; which
 * congresses and units exist the county's reference data's. Every step carries its business date, which may be
 * neither in the future nor before the date of the step before it.
 */
@Aggregate
public class Proposal {

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    @AggregateIdentifier
    private UUID id;
    private String congressCode;
    private String townshipCode;
    private ProposalKind kind;
    private ProposalState state;
    private UUID leadDeputyId;
    private int round;
    private boolean complex;
    private LocalDate replyDueOn;
    /** Whether the current round has a consultation (true), only a waiver (false), or neither (null). */
    private Boolean consultedThisRound;
    private ReplyClass latestReply;
    private LocalDate lastStepOn;

    protected Proposal() {
        // for Axon
    }

    @CommandHandler
    public Proposal(SubmitProposal c, BusinessCalendar calendar, CountyReference county, ServingDeputies deputies) {
        requireGiven("kind", c.kind());
        CongressLevel level = CongressLevel.of("congressCode", c.congressCode());
        CoSignerPolicy.requireLead(c.leadDeputyId());
        String townshipCode = township(c, county, deputies);
        requireGiven("submittedOn", c.submittedOn());
        calendar.requireNotFuture("submittedOn", c.submittedOn());
        if (c.sessionId() != null && !SESSION_ID.matcher(c.sessionId()).matches()) {
            throw new RuleViolation("sessionId", "会议编号只能包含字母、数字和 . _ -，最长40位",
                    "the session id is 1 to 40 letters, digits, '.', '_' or '-'");
        }
        requireText("title", c.title());
        requireGiven("category", c.category());
        CoSignerPolicy.check(c.kind(), level, c.leadDeputyId(), c.coSignerIds());
        apply(new ProposalSubmitted(c.proposalId(), c.kind(), c.congressCode(), townshipCode, c.sessionId(),
                c.submittedOn(), c.leadDeputyId(), c.coSignerIds() == null ? List.of() : List.copyOf(c.coSignerIds()),
                c.title().strip(), c.content(), c.category(), c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RegisterProposal c, BusinessCalendar calendar) {
        step(ProposalAction.REGISTER, "registeredOn", c.registeredOn(), calendar);
        apply(new ProposalRegistered(id, congressCode, townshipCode, c.registeredOn(), c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RejectProposal c, BusinessCalendar calendar) {
        step(ProposalAction.REJECT, "rejectedOn", c.rejectedOn(), calendar);
        requireText("reason", c.reason());
        apply(new ProposalRejected(id, congressCode, townshipCode, c.rejectedOn(), c.reason().strip(), c.recordedBy(),
                c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(ConvertToSuggestion c, BusinessCalendar calendar) {
        step(ProposalAction.CONVERT, "convertedOn", c.convertedOn(), calendar);
        apply(new ProposalConverted(id, congressCode, townshipCode, c.convertedOn(), c.reason(), c.recordedBy(),
                c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AssignProposal c, BusinessCalendar calendar, CountyReference county) {
        requireKnownUnits(c, county);
        step(ProposalAction.ASSIGN, "assignedOn", c.assignedOn(), calendar);
        requireText("leadUnitCode", c.leadUnitCode());
        List<String> coUnits = c.coUnitCodes() == null ? List.of() : c.coUnitCodes();
        Set<String> units = new HashSet<>(Set.of(c.leadUnitCode()));
        for (int i = 0; i < coUnits.size(); i++) {
            if (coUnits.get(i) == null || !units.add(coUnits.get(i))) {
                throw new RuleViolation("coUnitCodes[" + i + "]", "协办单位重复或与主办单位相同",
                        "a co-unit is named twice or is the lead unit");
            }
        }
        // The "three in place" (三落实): unit, responsible leader, named handler.
        requireText("responsibleLeader", c.responsibleLeader());
        requireText("handler", c.handler());
        LocalDate due = ReplyDeadlinePolicy.replyDue(c.assignedOn(), c.complex(), county.deadlines().proposals());
        apply(new ProposalAssigned(id, congressCode, townshipCode, c.assignedOn(), c.leadUnitCode(), List.copyOf(coUnits),
                c.responsibleLeader().strip(), c.handler().strip(), c.complex(), due, round, c.recordedBy(),
                c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RecordConsultation c, BusinessCalendar calendar) {
        step(ProposalAction.CONSULT, "heldOn", c.heldOn(), calendar);
        requireGiven("form", c.form());
        if (c.attendees() == null || c.attendees().isEmpty() || c.attendees().stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new RuleViolation("attendees", "请填写参加面商的人员", "the attendees are required");
        }
        apply(new ProposalConsultationHeld(id, congressCode, townshipCode, round, c.heldOn(), c.form(),
                c.attendees().stream().map(String::strip).toList(), c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(WaiveConsultation c, BusinessCalendar calendar) {
        step(ProposalAction.WAIVE_CONSULTATION, "waivedOn", c.waivedOn(), calendar);
        apply(new ProposalConsultationWaived(id, congressCode, townshipCode, round, c.waivedOn(), c.note(),
                c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(ReplyToProposal c, BusinessCalendar calendar) {
        // No reply without a consultation or a waiver in this round: the state table's (only CONSULTED allows it).
        step(ProposalAction.REPLY, "repliedOn", c.repliedOn(), calendar);
        requireGiven("replyClass", c.replyClass());
        requireText("text", c.text());
        if (c.replyClass() == ReplyClass.B) {
            if (c.plannedCompletionOn() == null) {
                throw new RuleViolation("plannedCompletionOn", "B类答复须填写计划完成日期",
                        "a class-B reply needs the planned completion date");
            }
            if (c.plannedCompletionOn().isBefore(c.repliedOn())) {
                throw new RuleViolation("plannedCompletionOn", "计划完成日期不能早于答复日期",
                        "the planned completion date must not be before the reply date");
            }
        } else if (c.plannedCompletionOn() != null) {
            throw new RuleViolation("plannedCompletionOn", "只有B类答复填写计划完成日期",
                    "only a class-B reply has a planned completion date");
        }
        apply(new ProposalReplied(id, congressCode, townshipCode, round, c.repliedOn(), c.replyClass(), c.text().strip(),
                c.plannedCompletionOn(), consultedThisRound, replyDueOn, c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(EvaluateReply c, BusinessCalendar calendar, CountyReference county) {
        step(ProposalAction.EVALUATE, "evaluatedOn", c.evaluatedOn(), calendar);
        requireGiven("result", c.result());
        apply(new ProposalEvaluated(id, congressCode, townshipCode, round, c.evaluatedOn(), c.result(), c.comment(),
                c.recordedBy(), c.onBehalfOf()));
        if (c.result() != EvaluationResult.UNSATISFIED) {
            apply(new ProposalClosed(id, congressCode, townshipCode, round, c.evaluatedOn(), false, null,
                    c.recordedBy(), c.onBehalfOf()));
        } else if (round < county.deadlines().proposals().maxRounds()) {
            apply(new ProposalRehandlingStarted(id, congressCode, townshipCode, round + 1, c.evaluatedOn(),
                    ReplyDeadlinePolicy.replyDue(c.evaluatedOn(), complex, county.deadlines().proposals()),
                    c.recordedBy(), c.onBehalfOf()));
        }
        // Unsatisfied in the last allowed round: no new round; it stays EVALUATED for the presidium to close.
    }

    @CommandHandler
    public void handle(CloseProposal c, BusinessCalendar calendar) {
        step(ProposalAction.CLOSE, "closedOn", c.closedOn(), calendar);
        requireText("note", c.note());
        apply(new ProposalClosed(id, congressCode, townshipCode, round, c.closedOn(), true, c.note().strip(),
                c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(DeferProposal c, BusinessCalendar calendar) {
        step(ProposalAction.DEFER, "deferredOn", c.deferredOn(), calendar);
        requireGiven("latestOn", c.latestOn());
        if (!c.latestOn().isAfter(c.deferredOn())) {
            throw new RuleViolation("latestOn", "最迟办结日期须晚于延办日期", "the latest date must be after the deferral date");
        }
        requireText("measures", c.measures());
        apply(new ProposalDeferred(id, congressCode, townshipCode, round, c.deferredOn(), c.latestOn(),
                c.measures().strip(), c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(EscalateProposal c, BusinessCalendar calendar) {
        step(ProposalAction.ESCALATE, "escalatedOn", c.escalatedOn(), calendar);
        requireGiven("toLevel", c.toLevel());
        if (c.toLevel() == EscalationLevel.COUNTY && CongressLevel.of("congressCode", congressCode) == CongressLevel.COUNTY) {
            throw new RuleViolation("toLevel", "县人大的建议只能向市级及以上反映", "a county congress item escalates to the city or above");
        }
        apply(new ProposalEscalated(id, congressCode, townshipCode, c.escalatedOn(), c.toLevel(), c.note(),
                c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RecordImplementation c, BusinessCalendar calendar) {
        step(ProposalAction.RECORD_IMPLEMENTATION, "recordedOn", c.recordedOn(), calendar);
        apply(new ProposalImplementationRecorded(id, congressCode, townshipCode, c.recordedOn(), c.implemented(),
                c.recordedBy(), c.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RecordSupervision c, BusinessCalendar calendar) {
        step(ProposalAction.SUPERVISE, "on", c.on(), calendar);
        requireGiven("type", c.type());
        apply(new ProposalSupervisionRecorded(id, congressCode, townshipCode, c.on(), c.type(), c.note(),
                c.recordedBy(), c.onBehalfOf()));
    }

    // --- state

    @EventSourcingHandler
    void on(ProposalSubmitted e) {
        id = e.proposalId();
        congressCode = e.congressCode();
        townshipCode = e.townshipCode();
        kind = e.kind();
        leadDeputyId = e.leadDeputyId();
        round = 1;
        advance(e, e.submittedOn());
    }

    @EventSourcingHandler
    void on(ProposalRegistered e) {
        advance(e, e.registeredOn());
    }

    @EventSourcingHandler
    void on(ProposalRejected e) {
        advance(e, e.rejectedOn());
    }

    @EventSourcingHandler
    void on(ProposalConverted e) {
        kind = ProposalKind.SUGGESTION;
        advance(e, e.convertedOn());
    }

    @EventSourcingHandler
    void on(ProposalAssigned e) {
        complex = e.complex();
        replyDueOn = e.replyDueOn();
        consultedThisRound = null;
        advance(e, e.assignedOn());
    }

    @EventSourcingHandler
    void on(ProposalConsultationHeld e) {
        consultedThisRound = true;
        advance(e, e.heldOn());
    }

    @EventSourcingHandler
    void on(ProposalConsultationWaived e) {
        consultedThisRound = false;
        advance(e, e.waivedOn());
    }

    @EventSourcingHandler
    void on(ProposalReplied e) {
        latestReply = e.replyClass();
        advance(e, e.repliedOn());
    }

    @EventSourcingHandler
    void on(ProposalEvaluated e) {
        advance(e, e.evaluatedOn());
    }

    @EventSourcingHandler
    void on(ProposalRehandlingStarted e) {
        round = e.round();
        replyDueOn = e.replyDueOn();
        consultedThisRound = null;
        advance(e, e.startedOn());
    }

    @EventSourcingHandler
    void on(ProposalClosed e) {
        advance(e, e.closedOn());
    }

    @EventSourcingHandler
    void on(ProposalDeferred e) {
        advance(e, e.deferredOn());
    }

    @EventSourcingHandler
    void on(ProposalEscalated e) {
        advance(e, e.escalatedOn());
    }

    @EventSourcingHandler
    void on(ProposalImplementationRecorded e) {
        advance(e, e.recordedOn());
    }

    @EventSourcingHandler
    void on(ProposalSupervisionRecorded e) {
        advance(e, e.on());
    }

    /** Every event: the state it leads to (the lifecycle's) and its business date, the floor of the next step's. */
    private void advance(Object event, LocalDate on) {
        state = ProposalLifecycle.stateAfter(event).orElse(state);
        lastStepOn = on;
    }

    // --- helpers

    /**
     * The congress must be this county's (the county or one of its townships) and every signer must serve in it:
     * 422 naming each field. The item belongs to the township congress's own township, or for the county congress
     * to the lead deputy's home township.
     */
    private static String township(SubmitProposal c, CountyReference county, ServingDeputies deputies) {
        boolean countyCongress = county.county().code().equals(c.congressCode());
        if (!countyCongress && county.township(c.congressCode()).isEmpty()) {
            throw new UnknownReference("congressCode", "本县没有此人大", "no such congress in this county");
        }
        CoSignerPolicy.requireServing(c.congressCode(), c.leadDeputyId(), c.coSignerIds(), deputies);
        if (!countyCongress) {
            return c.congressCode();
        }
        return deputies.find(c.leadDeputyId()).map(ServingDeputies.KnownDeputy::townshipCode)
                .filter(t -> county.township(t).isPresent())
                .orElseThrow(() -> new UnknownReference("leadDeputyId", "尚不知道该代表所在乡镇",
                        "the lead deputy's home township is not known yet"));
    }

    /** The lead unit and every co-unit must be in the county's reference data: 422 naming each field. */
    private static void requireKnownUnits(AssignProposal c, CountyReference county) {
        List<UnknownReference.Reference> unknown = new ArrayList<>();
        if (c.leadUnitCode() != null && !county.hasUnit(c.leadUnitCode())) {
            unknown.add(noSuchUnit("leadUnitCode"));
        }
        List<String> coUnits = c.coUnitCodes() == null ? List.of() : c.coUnitCodes();
        for (int i = 0; i < coUnits.size(); i++) {
            if (coUnits.get(i) != null && !county.hasUnit(coUnits.get(i))) {
                unknown.add(noSuchUnit("coUnitCodes[" + i + "]"));
            }
        }
        UnknownReference.refuseAny(unknown);
    }

    private static UnknownReference.Reference noSuchUnit(String field) {
        return new UnknownReference.Reference(field, "没有此单位", "no such unit");
    }

    /** The checks every step shares: allowed in this state, a date given, not in the future, not before the last step. */
    private void step(ProposalAction action, String field, LocalDate on, BusinessCalendar calendar) {
        ProposalLifecycle.require(action, state, kind, latestReply);
        requireGiven(field, on);
        calendar.requireNotFuture(field, on);
        if (on.isBefore(lastStepOn)) {
            throw new RuleViolation(field, "日期不能早于上一步的日期（" + lastStepOn + "）",
                    "date must not be before the date of the previous step (" + lastStepOn + ")");
        }
    }

    private static void requireGiven(String field, Object value) {
        if (value == null) {
            throw required(field);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
    }

    private static RuleViolation required(String field) {
        return new RuleViolation(field, "此项必填", "this field is required");
    }

    // --- for tests

    ProposalState state() {
        return state;
    }

    int round() {
        return round;
    }

    ProposalKind kind() {
        return kind;
    }

    LocalDate replyDueOn() {
        return replyDueOn;
    }

    UUID leadDeputyId() {
        return leadDeputyId;
    }
}
