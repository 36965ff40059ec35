package org.minyi.reporting.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with its numerator and denominator (API.md "Reports"). {@code rate} is null, "no data", when the
 * denominator is 0 — never 100% — and is always written, null included (the service's default omits nulls).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Metric(long numerator, long denominator, BigDecimal rate) {

    /** Rates are given to 4 decimal places, half up. */
    public static final int SCALE = 4;

    public static Metric of(long numerator, long denominator) {
        return new Metric(numerator, denominator, rate(numerator, denominator));
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
