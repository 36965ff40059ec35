package org.minyi.petition.model;

import org.minyi.platform.model.IllegalStep;

import java.util.Set;

/**
 * A step the petition's state does not allow (recorded out of order, or a second extension). Not bad input
 * but a conflict with what is stored: 409 {@code illegal-step} with the current state and the allowed
 * actions, in the order the lifecycle lists its steps ({@link PetitionAction}'s), as the petition shows them.
 */
public class IllegalPetitionStep extends IllegalStep {

    private final PetitionAction refused;
    private final PetitionState state;
    private final Set<PetitionAction> allowed;

    public IllegalPetitionStep(PetitionAction action, PetitionState currentState, Set<PetitionAction> allowedActions) {
        super(action.name(), currentState.name(), allowedActions.stream().sorted().map(Enum::name).toList(),
                "信访件当前状态为 " + currentState + "，不能进行 " + action + "。",
                "The petition is " + currentState + ": " + action + " is not allowed now.");
        this.refused = action;
        this.state = currentState;
        this.allowed = Set.copyOf(allowedActions);
    }

    /** The step that was refused. */
    public PetitionAction refused() {
        return refused;
    }

    public PetitionState state() {
        return state;
    }

    public Set<PetitionAction> allowed() {
        return allowed;
    }
}
