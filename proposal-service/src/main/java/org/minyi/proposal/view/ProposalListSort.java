package org.minyi.proposal.view;

/**
 * The orders of a proposal list ({@code sort}): by the reply deadline while a reply is pending (items not waiting
 * for a reply last, both ways) or by the submission date; ties by id, so that pages do not overlap. Without
 * {@code sort}: newest submissions first, as before.
 */
public enum ProposalListSort {

    DEADLINE("deadline", ProposalQueries.PENDING_DEADLINE + " ASC NULLS LAST, p.id"),
    DEADLINE_DESC("-deadline", ProposalQueries.PENDING_DEADLINE + " DESC NULLS LAST, p.id"),
    SUBMITTED_ON("submittedOn", "p.submitted_on ASC, p.id"),
    SUBMITTED_ON_DESC("-submittedOn", "p.submitted_on DESC, p.id");

    public static final ProposalListSort DEFAULT = SUBMITTED_ON_DESC;

    private final String parameter;
    private final String orderBy;

    ProposalListSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public String parameter() {
        return parameter;
    }

    /** The SQL order of {@code proposal_view p}. */
    String orderBy() {
        return orderBy;
    }
}
