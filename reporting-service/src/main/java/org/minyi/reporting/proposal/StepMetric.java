package org.minyi.reporting.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A step's rate (API.md "Reports"): done over due, with the on-time count over the same denominator and the
 * items in progress (pending, not yet due), which the denominator leaves out. Null rates are written.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StepMetric(long numerator, long denominator, BigDecimal rate, long onTimeNumerator,
                         BigDecimal onTimeRate, long inProgress) {

    public static StepMetric of(long numerator, long denominator, long onTime, long inProgress) {
        return new StepMetric(numerator, denominator, Metric.rate(numerator, denominator), onTime,
                Metric.rate(onTime, denominator), inProgress);
    }
}
