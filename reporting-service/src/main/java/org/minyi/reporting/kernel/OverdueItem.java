package org.minyi.reporting.kernel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a petition or proposal past its deadline on the as-of date, in the combined overdue list.
 *
 * @param step        the step the item waits for, in its contract's vocabulary: a petition's {@code REGISTER},
 *                    {@code DISPOSE}, {@code COMPLETE}, {@code ANSWER} or {@code RETURN_VISIT}; a proposal's
 *                    {@code REPLY}
 * @param deadline    the step's deadline as the events carry it
 * @param daysOverdue calendar days from the deadline to the as-of date ({@link Overdue})
 * @param unitCode    the handling unit (a proposal's lead unit), null while none is known
 * @param unitName    the unit's name from the county reference, for the ledger
 */
public record OverdueItem(Kind kind, UUID id, String step, LocalDate deadline, long daysOverdue, String unitCode,
                          String unitName) {

    public enum Kind { PETITION, PROPOSAL }

    /** An item as a report finds it, without the unit's name. */
    public static OverdueItem of(Kind kind, UUID id, String step, LocalDate deadline, LocalDate asOf, String unitCode) {
        return new OverdueItem(kind, id, step, deadline, Overdue.daysLate(deadline, asOf), unitCode, null);
    }

    public OverdueItem withUnitName(String name) {
        return new OverdueItem(kind, id, step, deadline, daysOverdue, unitCode, name);
    }
}
