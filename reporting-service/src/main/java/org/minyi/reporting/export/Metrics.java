package org.minyi.reporting.export;

import org.minyi.reporting.kernel.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Column helpers for rates: a ledger prints the numerator and the denominator beside every rate, and an empty
 * cell (not 0% or 100%) when there is no data.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Headers "<name>分子", "<name>分母", "<name>" for a rate called {@code name}. */
    public static List<String> rateHeaders(String name) {
        return List.of(name + "分子", name + "分母", name);
    }

    /** Cells numerator, denominator and the rate as a percentage with one decimal, or empty without data. */
    public static List<Object> rateCells(Rate rate) {
        return rateCells(rate.numerator(), rate.denominator());
    }

    /** As {@link #rateCells(Rate)}. */
    public static List<Object> rateCells(long numerator, long denominator) {
        List<Object> cells = new ArrayList<>(3);
        cells.add(numerator);
        cells.add(denominator);
        cells.add(denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
        return cells;
    }
}
