package org.minyi.reporting.kernel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with its numerator and denominator, as every report shows it (docs/domain.md §6). {@code rate} is
 * null, "no data", when the denominator is 0 — never 100% — and is always written, null included (the
 * service's default omits nulls).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Rate(long numerator, long denominator, BigDecimal rate) {

    /** Rates are given to 4 decimal places, half up. */
    public static final int SCALE = 4;

    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator, ratio(numerator, denominator));
    }

    /** numerator / denominator as a decimal in [0, 1], or null when the denominator is 0. */
    static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
