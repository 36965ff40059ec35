package org.minyi.reporting.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions and named parameters that select a report's items from the facts tables, so that every report
 * selects the same way: as of {@code :asOf}, a cohort by entry date ({@code :from}, {@code :upTo}), a township
 * only when one is asked, a filter only when it is given. The column names are the report's own SQL, never input.
 */
public final class SqlScope {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private SqlScope() {
    }

    /** A scope over the facts as they stood on {@code asOf}, bound to {@code :asOf}; no condition yet. */
    public static SqlScope asOf(LocalDate asOf) {
        return new SqlScope().param("asOf", asOf);
    }

    /** The items whose entry date ({@code entryColumn}) lies in [from, upTo]. */
    public SqlScope cohort(String entryColumn, LocalDate from, LocalDate upTo) {
        return param("from", from).param("upTo", upTo).and(entryColumn + " BETWEEN :from AND :upTo");
    }

    /**
     * The township condition, only when a township is asked. A condition such as
     * {@code (:t IS NULL OR township = :t)} keeps PostgreSQL's generic plan from using the township index, which
     * costs a province-sized scan (BENCHMARKS.md, report queries).
     */
    public SqlScope township(String column, String townshipCode) {
        return and(column + " = :township", "township", townshipCode);
    }

    /** A condition that always applies. */
    public SqlScope and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A filter bound to {@code :parameter}, applied only when {@code value} is given (not null). */
    public SqlScope and(String condition, String parameter, Object value) {
        return value == null ? this : param(parameter, value).and(condition);
    }

    /** A further parameter the report's SQL names. */
    public SqlScope param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The conditions joined with {@code AND}; {@code TRUE} when there are none. */
    public String conditions() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
