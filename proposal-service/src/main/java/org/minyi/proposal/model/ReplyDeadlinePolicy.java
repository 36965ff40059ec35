package org.minyi.proposal.model;

import org.minyi.platform.county.Deadlines;

import java.time.LocalDate;

/**
 * When a reply is due (docs/domain.md §4, §6): the assignment date plus 3 calendar months, 6 when the item was
 * flagged complex at assignment (the deployment file may change both). A re-handling round gets the same
 * span from the day it starts (our decision: docs/domain.md gives no deadline for re-handling).
 */
public final class ReplyDeadlinePolicy {

    private ReplyDeadlinePolicy() {
    }

    public static LocalDate replyDue(LocalDate from, boolean complex, Deadlines.Proposals deadlines) {
        return from.plusMonths(complex ? deadlines.complexReplyMonths() : deadlines.replyMonths());
    }

    /** The deadline while a reply is pending ({@link ProposalLifecycle#awaitsReply}), else none. */
    public static LocalDate pendingDeadline(ProposalState state, LocalDate deadline) {
        return ProposalLifecycle.awaitsReply(state) ? deadline : null;
    }

    /**
     * Overdue as of {@code today}: a reply is pending and its deadline is before today (the deadline day itself
     * is still in time). The only definition: the list's {@code overdue} filter is this in SQL, tested against it.
     */
    public static boolean overdue(ProposalState state, LocalDate deadline, LocalDate today) {
        LocalDate pending = pendingDeadline(state, deadline);
        return pending != null && pending.isBefore(today);
    }
}
