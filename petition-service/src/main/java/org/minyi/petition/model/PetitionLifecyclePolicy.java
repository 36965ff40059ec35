package org.minyi.petition.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static org.minyi.petition.model.PetitionAction.ANSWER;
import static org.minyi.petition.model.PetitionAction.ARCHIVE;
import static org.minyi.petition.model.PetitionAction.ASSIGN;
import static org.minyi.petition.model.PetitionAction.COMPLETE;
import static org.minyi.petition.model.PetitionAction.EXTEND;
import static org.minyi.petition.model.PetitionAction.HOLD_APPOINTMENT;
import static org.minyi.petition.model.PetitionAction.INSTRUCT;
import static org.minyi.petition.model.PetitionAction.NOT_ACCEPT;
import static org.minyi.petition.model.PetitionAction.REGISTER;
import static org.minyi.petition.model.PetitionAction.REQUEST_REVIEW;
import static org.minyi.petition.model.PetitionAction.RETURN_VISIT;
import static org.minyi.petition.model.PetitionAction.SUPERVISE;
import static org.minyi.petition.model.PetitionAction.TAKE_OWNERSHIP;
import static org.minyi.petition.model.PetitionAction.TRANSFER;

/**
 * The petition's state machine (docs/domain.md §5): which steps each state allows and where they lead.
 *
 * <pre>
 * RECEIVED ─register─▶ REGISTERED ─┬─assign───▶ ASSIGNED ────complete─▶ COMPLETED ─answer─▶ ANSWERED
 *                                  ├─transfer─▶ TRANSFERRED ─complete─▶ COMPLETED
 *                                  └─not accept─▶ NOT_ACCEPTED ─answer─▶ ANSWERED
 * ANSWERED ─return visit─▶ VISITED ─archive─▶ ARCHIVED
 * ANSWERED, or VISITED with an unsatisfied visit ─review request─▶ ASSIGNED (the same unit; only when a unit handled it)
 * </pre>
 *
 * Side steps, which leave the state as it is: leader instruction, case ownership and appointment in every
 * state but {@code ARCHIVED}; supervision while a step is pending ({@code RECEIVED} to {@code ANSWERED});
 * one extension of the completion deadline while the petition is being handled ({@code ASSIGNED},
 * {@code TRANSFERRED}).
 * <p>
 * The one lifecycle: the aggregate refuses and moves by it, and the view projection takes the state after each
 * step and the step then due from it.
 */
public final class PetitionLifecyclePolicy {

    private PetitionLifecyclePolicy() {
    }

    /**
     * What the state machine needs to know of a petition beyond its state.
     *
     * @param handledByUnit    it was assigned to a handling unit (a review goes back to that unit)
     * @param extensionUsed    its one extension was granted
     * @param lastSatisfaction the result of the latest return visit, or null
     */
    public record Stage(PetitionState state, boolean handledByUnit, boolean extensionUsed,
                        Satisfaction lastSatisfaction) {
    }

    public static Set<PetitionAction> allowedActions(Stage stage) {
        EnumSet<PetitionAction> allowed = EnumSet.noneOf(PetitionAction.class);
        switch (stage.state()) {
            case RECEIVED -> allowed.add(REGISTER);
            case REGISTERED -> allowed.addAll(EnumSet.of(ASSIGN, TRANSFER, NOT_ACCEPT));
            case ASSIGNED, TRANSFERRED -> {
                allowed.add(COMPLETE);
                if (!stage.extensionUsed()) {
                    allowed.add(EXTEND);
                }
            }
            case COMPLETED, NOT_ACCEPTED -> allowed.add(ANSWER);
            case ANSWERED -> {
                allowed.add(RETURN_VISIT);
                if (stage.handledByUnit()) {
                    allowed.add(REQUEST_REVIEW);
                }
            }
            case VISITED -> {
                allowed.add(ARCHIVE);
                if (stage.handledByUnit() && stage.lastSatisfaction() == Satisfaction.UNSATISFIED) {
                    allowed.add(REQUEST_REVIEW);
                }
            }
            case ARCHIVED -> {
                return Collections.unmodifiableSet(allowed);
            }
        }
        allowed.addAll(EnumSet.of(INSTRUCT, TAKE_OWNERSHIP, HOLD_APPOINTMENT));
        if (stage.state() != PetitionState.VISITED) {
            allowed.add(SUPERVISE);
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** Refuses a step the stage does not allow, naming the state and what is allowed instead. */
    public static void require(PetitionAction action, Stage stage) {
        Set<PetitionAction> allowed = allowedActions(stage);
        if (!allowed.contains(action)) {
            throw new IllegalPetitionStep(action, stage.state(), allowed);
        }
    }

    /** The state a step leads to; side steps leave it unchanged. */
    public static PetitionState after(PetitionState state, PetitionAction action) {
        return switch (action) {
            case REGISTER -> PetitionState.REGISTERED;
            case ASSIGN, REQUEST_REVIEW -> PetitionState.ASSIGNED;
            case TRANSFER -> PetitionState.TRANSFERRED;
            case NOT_ACCEPT -> PetitionState.NOT_ACCEPTED;
            case COMPLETE -> PetitionState.COMPLETED;
            case ANSWER -> PetitionState.ANSWERED;
            case RETURN_VISIT -> PetitionState.VISITED;
            case ARCHIVE -> PetitionState.ARCHIVED;
            case INSTRUCT, TAKE_OWNERSHIP, HOLD_APPOINTMENT, SUPERVISE, EXTEND -> state;
        };
    }

    /** The step a petition in this state waits for, or null once archived. */
    public static DueStep dueStep(PetitionState state) {
        return switch (state) {
            case RECEIVED -> DueStep.REGISTER;
            case REGISTERED -> DueStep.DISPOSE;
            case ASSIGNED, TRANSFERRED -> DueStep.COMPLETE;
            case COMPLETED, NOT_ACCEPTED -> DueStep.ANSWER;
            case ANSWERED -> DueStep.RETURN_VISIT;
            case VISITED -> DueStep.ARCHIVE;
            case ARCHIVED -> null;
        };
    }
}
