package org.minyi.proposal.model;

/** The steps of a proposal's lifecycle (docs/domain.md §4), as named in 409 answers' {@code allowedActions}. */
public enum ProposalAction {
    REGISTER, REJECT, CONVERT, ASSIGN, CONSULT, WAIVE_CONSULTATION, REPLY, EVALUATE, CLOSE, DEFER, ESCALATE, RECORD_IMPLEMENTATION, SUPERVISE
}
