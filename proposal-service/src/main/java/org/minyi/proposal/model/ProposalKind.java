package org.minyi.proposal.model;

/** 议案 (MOTION, needs co-signers) or 建议、批评和意见 (SUGGESTION), docs/domain.md §4. */
public enum ProposalKind {
    MOTION, SUGGESTION
}
