package org.minyi.reporting.petition;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The metric objects of API.md "Reports": a rate shows its numerator and denominator, and is null without data. */
public final class PetitionMetrics {

    private PetitionMetrics() {
    }

    /** numerator / denominator as a decimal in [0, 1] with 4 places, or null when the denominator is 0. */
    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    /** A plain rate, e.g. satisfaction. */
    @JsonInclude(JsonInclude.Include.ALWAYS) // a rate without data is null, shown as null
    public record Rate(long numerator, long denominator, BigDecimal rate) {

        static Rate of(long numerator, long denominator) {
            return new Rate(numerator, denominator, PetitionMetrics.rate(numerator, denominator));
        }
    }

    /**
     * A step of the flow as of a date: {@code denominator} counts the due items (done, or pending past the
     * deadline), {@code numerator} the done ones, {@code onTimeNumerator} those done by the deadline (over the
     * same denominator), {@code inProgress} those pending and not yet overdue (in no denominator).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(long numerator, long denominator, BigDecimal rate, long onTimeNumerator, BigDecimal onTimeRate,
                       long inProgress) {

        static Step of(long numerator, long denominator, long onTime, long inProgress) {
            return new Step(numerator, denominator, PetitionMetrics.rate(numerator, denominator), onTime,
                    PetitionMetrics.rate(onTime, denominator), inProgress);
        }
    }
}
