package org.minyi.proposal.model;

/** States of a proposal, as answers name them in {@code state}; {@link ProposalLifecycle} says which step each allows. */
public enum ProposalState {
    SUBMITTED, REGISTERED, REJECTED, ASSIGNED, CONSULTED, REPLIED, EVALUATED, REHANDLING, CLOSED
}
