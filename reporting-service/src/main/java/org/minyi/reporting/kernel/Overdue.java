package org.minyi.reporting.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "Overdue", defined once for the reports' Java and SQL (docs/domain.md §6): a step is late on a date when its
 * deadline is before that date. On the deadline day itself it is still in time, and a step done on its deadline is
 * done on time; a step pending on the as-of date with its deadline before it is overdue, by the calendar days
 * between the two (1 the day after the deadline).
 */
public final class Overdue {

    private Overdue() {
    }

    /** Whether a step with {@code deadline} is late on {@code on}; false when either is unknown. */
    public static boolean isLate(LocalDate deadline, LocalDate on) {
        return deadline != null && on != null && deadline.isBefore(on);
    }

    /** Calendar days from the deadline to {@code on}. */
    public static long daysLate(LocalDate deadline, LocalDate on) {
        return ChronoUnit.DAYS.between(deadline, on);
    }

    /** The same as SQL over two date expressions of the report's own SQL: null when either is null. */
    public static String late(String deadline, String on) {
        return "(" + deadline + " < " + on + ")";
    }

    /** SQL: the step with {@code deadline} is late on the as-of date ({@code :asOf}). */
    public static String lateAsOf(String deadline) {
        return late(deadline, ":asOf");
    }
}
