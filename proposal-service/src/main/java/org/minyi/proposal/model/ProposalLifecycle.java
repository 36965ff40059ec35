package org.minyi.proposal.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.minyi.proposal.model.ProposalAction.*;


/**
 * The proposal's state machine (docs/domain.md §4): which step each state allows. Besides the main flow
 * (register → assign → consult or waive → reply → evaluate → close, or re-handle), a motion may be
 * converted to a suggestion before assignment; a deferral and an escalation may be recorded while the
 * reply is pending; supervision entries from assignment on, closed items included; the implementation
 * of a class-B reply from the reply on, after closing too. The consultation rule follows from the table:
 * a reply is allowed only in {@code CONSULTED}, which a round reaches only by a consultation or a waiver.
 */
public final class ProposalLifecycle {

    /** The state each event of the main flow leads to; the aggregate and the view both go by it. */
    private static final Map<Class<?>, ProposalState> STATE_AFTER = Map.of(
            ProposalSubmitted.class, ProposalState.SUBMITTED,
            ProposalRegistered.class, ProposalState.REGISTERED,
            ProposalRejected.class, ProposalState.REJECTED,
            ProposalAssigned.class, ProposalState.ASSIGNED,
            ProposalConsultationHeld.class, ProposalState.CONSULTED,
            ProposalConsultationWaived.class, ProposalState.CONSULTED,
            ProposalReplied.class, ProposalState.REPLIED,
            ProposalEvaluated.class, ProposalState.EVALUATED,
            ProposalRehandlingStarted.class, ProposalState.REHANDLING,
            ProposalClosed.class, ProposalState.CLOSED);

    private ProposalLifecycle() {
    }

    /**
     * The state an event leaves the item in; empty for the events recorded beside the main flow (a conversion,
     * deferral, escalation, supervision entry or implementation record), which leave the state as it was.
     */
    public static Optional<ProposalState> stateAfter(Object event) {
        return Optional.ofNullable(STATE_AFTER.get(event.getClass()));
    }

    /** What the item as it stands allows; {@code latestReply} is null before the first reply. */
    public static Set<ProposalAction> allowed(ProposalState state, ProposalKind kind, ReplyClass latestReply) {
        Set<ProposalAction> allowed = switch (state) {
            case SUBMITTED -> EnumSet.of(REGISTER, REJECT, CONVERT);
            case REGISTERED -> EnumSet.of(ASSIGN, CONVERT, ESCALATE);
            case REJECTED -> EnumSet.noneOf(ProposalAction.class);
            case ASSIGNED, REHANDLING -> EnumSet.of(CONSULT, WAIVE_CONSULTATION, DEFER, ESCALATE, SUPERVISE);
            case CONSULTED -> EnumSet.of(CONSULT, REPLY, DEFER, ESCALATE, SUPERVISE);
            case REPLIED -> EnumSet.of(EVALUATE, SUPERVISE);
            case EVALUATED -> EnumSet.of(CLOSE, SUPERVISE);
            case CLOSED -> EnumSet.of(SUPERVISE);
        };
        if (kind != ProposalKind.MOTION) {
            allowed.remove(CONVERT);
        }
        if (latestReply == ReplyClass.B && state != ProposalState.REJECTED) {
            allowed.add(RECORD_IMPLEMENTATION);
        }
        return allowed;
    }

    /** Refuses a step the item's state does not allow, naming the state and what is allowed instead. */
    public static void require(ProposalAction action, ProposalState state, ProposalKind kind, ReplyClass latestReply) {
        Set<ProposalAction> allowed = allowed(state, kind, latestReply);
        if (allowed.contains(action)) {
            return;
        }
        String zh;
        String en;
        if (action == REPLY && (state == ProposalState.ASSIGNED || state == ProposalState.REHANDLING)) {
            zh = "本轮办理尚未面商，也没有记录代表放弃面商，不能答复";
            en = "no consultation and no waiver has been recorded in this round: a reply is not accepted yet";
        } else if (action == CONVERT && kind == ProposalKind.SUGGESTION) {
            zh = "只有议案可以转为建议";
            en = "only a motion can be converted to a suggestion";
        } else if (action == RECORD_IMPLEMENTATION && latestReply != ReplyClass.B) {
            zh = "只有B类答复需要记录落实情况";
            en = "implementation is recorded only for a class-B reply";
        } else {
            zh = "状态为 " + state + " 时不能执行 " + action;
            en = action + " is not allowed in state " + state;
        }
        throw new IllegalProposalStep(action, state, allowed, zh, en);
    }

    /** States in which a reply is awaited: the reply deadline runs. */
    public static boolean awaitsReply(ProposalState state) {
        return state == ProposalState.ASSIGNED || state == ProposalState.CONSULTED || state == ProposalState.REHANDLING;
    }

    /** The step the item waits for in the main flow, or null when it has ended. */
    public static ProposalAction nextStep(ProposalState state) {
        return switch (state) {
            case SUBMITTED -> REGISTER;
            case REGISTERED -> ASSIGN;
            case ASSIGNED, REHANDLING -> CONSULT;
            case CONSULTED -> REPLY;
            case REPLIED -> EVALUATE;
            case EVALUATED -> CLOSE;
            case REJECTED, CLOSED -> null;
        };
    }
}
