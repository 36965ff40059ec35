package org.minyi.proposal.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deputy's motion or suggestion (代表议案/建议), event-sourced, from submission through assignment,
 * consultation, reply, evaluation and re-handling to closing (DOMAIN §4). Which step each state allows is
 * {@link ProposalLifecycle}'s; who must sign {@link CoSignerPolicy}'s; when the reply is due
 * {@link ReplyDeadlinePolicy}'s. Every step carries its business date, which may be neither in the future
 * nor before the date of the step before it.
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
    public Proposal(SubmitProposal c, BusinessCalendar calendar) {
        requireGiven("kind", c.kind());
        CongressLevel level = CongressLevel.of("congressCode", c.congressCode());
        requireGiven("submittedOn", c.submittedOn());
        calendar.requireNotFuture("submittedOn", c.submittedOn());
        if (c.sessionId() != null && !SESSION_ID.matcher(c.sessionId()).matches()) {
            throw new RuleViolation("sessionId", "会议编号只能包含字母、数字和 . _ -，最长40位",
                    "the session id is 1 to 40 letters, digits, '.', '_' or '-'");
        }
        requireText("title", c.title());
        requireGiven("category", c.category());
        CoSignerPolicy.check(c.kind(), level, c.leadDeputyId(), c.coSignerIds());
        apply(new ProposalSubmitted(c.proposalId(), c.kind(), c.congressCode(), c.townshipCode(), c.sessionId(),
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
        step(ProposalAction.REPLY, "repliedOn", c.repliedOn(), calendar);
        if (consultedThisRound == null) {
            // Kept explicit beside the state table: no reply without a consultation or a waiver in this round.
            throw new IllegalProposalStep(ProposalAction.REPLY, state, List.copyOf(allowed()),
                    "本轮办理尚未面商，也没有记录代表放弃面商，不能答复",
                    "no consultation and no waiver has been recorded in this round: a reply is not accepted yet");
        }
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
        state = ProposalState.SUBMITTED;
        round = 1;
        lastStepOn = e.submittedOn();
    }

    @EventSourcingHandler
    void on(ProposalRegistered e) {
        state = ProposalState.REGISTERED;
        lastStepOn = e.registeredOn();
    }

    @EventSourcingHandler
    void on(ProposalRejected e) {
        state = ProposalState.REJECTED;
        lastStepOn = e.rejectedOn();
    }

    @EventSourcingHandler
    void on(ProposalConverted e) {
        kind = ProposalKind.SUGGESTION;
        lastStepOn = e.convertedOn();
    }

    @EventSourcingHandler
    void on(ProposalAssigned e) {
        state = ProposalState.ASSIGNED;
        complex = e.complex();
        replyDueOn = e.replyDueOn();
        consultedThisRound = null;
        lastStepOn = e.assignedOn();
    }

    @EventSourcingHandler
    void on(ProposalConsultationHeld e) {
        state = ProposalState.CONSULTED;
        consultedThisRound = true;
        lastStepOn = e.heldOn();
    }

    @EventSourcingHandler
    void on(ProposalConsultationWaived e) {
        state = ProposalState.CONSULTED;
        consultedThisRound = false;
        lastStepOn = e.waivedOn();
    }

    @EventSourcingHandler
    void on(ProposalReplied e) {
        state = ProposalState.REPLIED;
        latestReply = e.replyClass();
        lastStepOn = e.repliedOn();
    }

    @EventSourcingHandler
    void on(ProposalEvaluated e) {
        state = ProposalState.EVALUATED;
        lastStepOn = e.evaluatedOn();
    }

    @EventSourcingHandler
    void on(ProposalRehandlingStarted e) {
        state = ProposalState.REHANDLING;
        round = e.round();
        replyDueOn = e.replyDueOn();
        consultedThisRound = null;
        lastStepOn = e.startedOn();
    }

    @EventSourcingHandler
    void on(ProposalClosed e) {
        state = ProposalState.CLOSED;
        lastStepOn = e.closedOn();
    }

    @EventSourcingHandler
    void on(ProposalDeferred e) {
        lastStepOn = e.deferredOn();
    }

    @EventSourcingHandler
    void on(ProposalEscalated e) {
        lastStepOn = e.escalatedOn();
    }

    @EventSourcingHandler
    void on(ProposalImplementationRecorded e) {
        lastStepOn = e.recordedOn();
    }

    @EventSourcingHandler
    void on(ProposalSupervisionRecorded e) {
        lastStepOn = e.on();
    }

    // --- helpers

    private Set<ProposalAction> allowed() {
        return ProposalLifecycle.allowed(state, kind, latestReply);
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
            throw new RuleViolation(field, "此项必填", "this field is required");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "此项必填", "this field is required");
        }
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
