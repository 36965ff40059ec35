package org.minyi.reporting.kernel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A step of a flow as of a date (docs/domain.md §6): {@code denominator} counts the due items (done, or pending
 * past the deadline), {@code numerator} the done ones, {@code onTimeNumerator} those done by the deadline (over
 * the same denominator), {@code inProgress} those pending and not yet overdue (in no denominator). Null rates
 * are written.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StepRate(long numerator, long denominator, BigDecimal rate, long onTimeNumerator, BigDecimal onTimeRate,
                       long inProgress) {

    public static final StepRate NONE = of(0, 0, 0, 0);

    public static StepRate of(long done, long due, long onTime, long inProgress) {
        return new StepRate(done, due, Rate.ratio(done, due), onTime, Rate.ratio(onTime, due), inProgress);
    }

    /** Done over due, as a plain rate. */
    public Rate done() {
        return new Rate(numerator, denominator, rate);
    }

    /** Done on time over due, as a plain rate. */
    public Rate onTime() {
        return new Rate(onTimeNumerator, denominator, onTimeRate);
    }
}
