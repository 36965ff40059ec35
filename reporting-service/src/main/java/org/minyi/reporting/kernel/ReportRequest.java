package org.minyi.reporting.kernel;

import org.minyi.platform.model.RuleViolation;

import java.time.LocalDate;

/**
 * What a report is asked for: the township (null: the whole county), the cohort of items that entered the flow
 * (were received or submitted) from {@code from} to {@code to}, and the date the figures stand on, {@code asOf}.
 * {@link ReportRequests} makes one for a township the caller may read, as of today; {@link #cohort} and
 * {@link #asOf(LocalDate)} apply the request's dates.
 */
public record ReportRequest(String townshipCode, LocalDate from, LocalDate to, LocalDate asOf) {

    /** Without {@code from}, the cohort starts at the beginning of records. */
    public static final LocalDate BEGINNING = LocalDate.of(1949, 10, 1);

    /**
     * The cohort entered from {@code from} (absent: the beginning of records) to {@code to} (absent: the as-of
     * date), as it stood on {@code asOf} (absent: this request's, today); refused naming {@code from} when from
     * is after to.
     */
    public ReportRequest cohort(LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate on = asOf == null ? this.asOf : asOf;
        LocalDate first = from == null ? BEGINNING : from;
        LocalDate last = to == null ? on : to;
        if (first.isAfter(last)) {
            throw new RuleViolation("from", "起始日期晚于截止日期", "from is after to");
        }
        return new ReportRequest(townshipCode, first, last, on);
    }

    /** Everything on record as it stood on {@code asOf} (absent: this request's, today); no date is refused. */
    public ReportRequest asOf(LocalDate asOf) {
        LocalDate on = asOf == null ? this.asOf : asOf;
        return new ReportRequest(townshipCode, on.isBefore(BEGINNING) ? on : BEGINNING, on, on);
    }

    /** The last entry date in the cohort: an item entered after the as-of date did not exist yet. */
    public LocalDate upTo() {
        return to.isBefore(asOf) ? to : asOf;
    }

    /**
     * The query scope of this request: as of {@code :asOf}, the cohort by {@code entryColumn} (the receipt or
     * submission date), and the township by {@code townshipColumn} when one is asked.
     */
    public SqlScope scope(String entryColumn, String townshipColumn) {
        return SqlScope.asOf(asOf).cohort(entryColumn, from, upTo()).township(townshipColumn, townshipCode);
    }
}
