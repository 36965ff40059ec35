package org.minyi.proposal.proposal;

import org.minyi.platform.model.RuleViolation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders of a proposal list ({@code sort}): by the reply deadline while a reply is pending (items not waiting
 * for a reply last, both ways) or by the submission date; ties by id, so that pages do not overlap. Without
 * {@code sort}: newest submissions first, as before.
 */
public enum ProposalListSort {

    DEADLINE("deadline", ProposalViewProjection.PENDING_DEADLINE + " ASC NULLS LAST, p.id"),
    DEADLINE_DESC("-deadline", ProposalViewProjection.PENDING_DEADLINE + " DESC NULLS LAST, p.id"),
    SUBMITTED_ON("submittedOn", "p.submitted_on ASC, p.id"),
    SUBMITTED_ON_DESC("-submittedOn", "p.submitted_on DESC, p.id");

    public static final ProposalListSort DEFAULT = SUBMITTED_ON_DESC;

    private final String parameter;
    private final String orderBy;

    ProposalListSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    /** The {@code sort} parameter: absent is the default order; anything but the four values is 400 naming it. */
    public static ProposalListSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value.strip())).findFirst().orElseThrow(() -> {
            String allowed = Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "));
            return new RuleViolation("sort", "排序方式只能是 " + allowed.replace(", ", "、"),
                    "sort is one of " + allowed);
        });
    }

    public String parameter() {
        return parameter;
    }

    /** The SQL order of {@code proposal_view p}. */
    String orderBy() {
        return orderBy;
    }
}
