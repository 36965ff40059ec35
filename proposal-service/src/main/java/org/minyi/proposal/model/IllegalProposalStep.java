package org.minyi.proposal.model;

import java.util.List;

/**
 * A step the proposal's current state does not allow (out of order). Not bad input but a conflict with
 * what is stored: the REST layer answers 409 {@code illegal-step} with the state and the allowed actions.
 */
public class IllegalProposalStep extends RuntimeException {

    private final ProposalAction action;
    private final ProposalState currentState;
    private final List<ProposalAction> allowedActions;
    private final String messageZh;

    public IllegalProposalStep(ProposalAction action, ProposalState currentState, List<ProposalAction> allowedActions,
                               String messageZh, String messageEn) {
        super(messageEn);
        this.action = action;
        this.currentState = currentState;
        this.allowedActions = List.copyOf(allowedActions);
        this.messageZh = messageZh;
    }

    public ProposalAction action() {
        return action;
    }

    public ProposalState currentState() {
        return currentState;
    }

    public List<ProposalAction> allowedActions() {
        return allowedActions.stream().sorted().toList();
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
    }
}
