package org.minyi.petition.model;

import java.util.Set;

/**
 * A step the petition's state does not allow (recorded out of order, or a second extension). Not bad
 * input but a conflict with what is stored: the REST layer answers 409 {@code illegal-step} with the
 * current state and the allowed actions.
 */
public class IllegalPetitionStep extends RuntimeException {

    private final PetitionAction action;
    private final PetitionState currentState;
    private final Set<PetitionAction> allowedActions;

    public IllegalPetitionStep(PetitionAction action, PetitionState currentState, Set<PetitionAction> allowedActions) {
        super("step " + action + " is not allowed in state " + currentState + "; allowed: " + allowedActions);
        this.action = action;
        this.currentState = currentState;
        this.allowedActions = Set.copyOf(allowedActions);
    }

    public PetitionAction action() {
        return action;
    }

    public PetitionState currentState() {
        return currentState;
    }

    public Set<PetitionAction> allowedActions() {
        return allowedActions;
    }
}
