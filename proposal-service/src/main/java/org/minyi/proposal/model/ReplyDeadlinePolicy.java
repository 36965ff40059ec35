package org.minyi.proposal.model;

import org.minyi.platform.county.Deadlines;

import java.time.LocalDate;

/**
 * When a reply is due (DOMAIN §4, §6): the assignment date plus 3 calendar months, 6 when the item was
 * flagged complex at assignment (the deployment file may change both). A re-handling round gets the same
 * span from the day it starts (our decision: DOMAIN gives no deadline for re-handling).
 */
public final class ReplyDeadlinePolicy {

    private ReplyDeadlinePolicy() {
    }

    public static LocalDate replyDue(LocalDate from, boolean complex, Deadlines.Proposals deadlines) {
        return from.plusMonths(complex ? deadlines.complexReplyMonths() : deadlines.replyMonths());
    }

    /** Overdue as of {@code today}: a reply is pending and the deadline has passed. */
    public static boolean overdue(ProposalState state, LocalDate deadline, LocalDate today) {
        return deadline != null && ProposalLifecycle.awaitsReply(state) && today.isAfter(deadline);
    }
}
