package org.minyi.proposal.model;

import org.minyi.platform.model.IllegalStep;

import java.util.Collection;

/**
 * A step the proposal's current state does not allow (out of order): 409 {@code illegal-step} naming the
 * state and the steps allowed instead, in the order of {@link ProposalAction}.
 */
public class IllegalProposalStep extends IllegalStep {

    public IllegalProposalStep(ProposalAction action, ProposalState currentState, Collection<ProposalAction> allowedActions,
                               String messageZh, String messageEn) {
        super(action.name(), currentState.name(), allowedActions.stream().sorted().map(Enum::name).toList(),
                messageZh, messageEn);
    }
}
