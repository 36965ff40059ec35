package org.minyi.petition.model;

import org.minyi.platform.county.Deadlines;

import java.time.LocalDate;

/**
 * The petition deadlines (docs/domain.md §5, §6), in calendar days from the deployment file: each is computed
 * when the step it follows happens and carried on that step's event, so a later change of the file never
 * moves a deadline already set, and the reporting side never has to compute one.
 */
public final class PetitionDeadlinePolicy {

    private final Deadlines.Petitions days;

    public PetitionDeadlinePolicy(Deadlines.Petitions days) {
        this.days = days;
    }

    /** Registration within 3 days of receipt. */
    public LocalDate registration(LocalDate receivedOn) {
        return receivedOn.plusDays(days.registrationDays());
    }

    /** Disposition (assign, transfer or not-accept notice) within 15 days of receipt. */
    public LocalDate disposition(LocalDate receivedOn) {
        return receivedOn.plusDays(days.dispositionDays());
    }

    /** Completion within 60 days of assignment (or transfer, or a review request sending it back). */
    public LocalDate completion(LocalDate assignedOn) {
        return assignedOn.plusDays(days.completionDays());
    }

    /** Answer within 15 days of completion or of the not-accept decision. */
    public LocalDate answer(LocalDate completedOrDecidedOn) {
        return completedOrDecidedOn.plusDays(days.answerDays());
    }

    /** Return visit within 30 days of the answer. */
    public LocalDate returnVisit(LocalDate answeredOn) {
        return answeredOn.plusDays(days.returnVisitDays());
    }

    /** The last day a review may be requested: 30 days after the answer. */
    public LocalDate reviewRequest(LocalDate answeredOn) {
        return answeredOn.plusDays(days.reviewRequestDays());
    }

    public int maxExtensionDays() {
        return days.maxExtensionDays();
    }

    public int repeatWindowDays() {
        return days.repeatWindowDays();
    }

    /**
     * Overdue (docs/domain.md §6): the step the petition waits for has a deadline and the day is past it. The
     * one definition: a petition's {@code overdue} flag and a list's {@code overdue} filter both come from here.
     */
    public static boolean isOverdue(LocalDate deadline, LocalDate today) {
        return deadline != null && !deadline.isAfter(overdueIfDueBy(today));
    }

    /** The latest deadline that is overdue on {@code today}: overdue means "due on or before" this day. */
    public static LocalDate overdueIfDueBy(LocalDate today) {
        return today.minusDays(1);
    }
}
