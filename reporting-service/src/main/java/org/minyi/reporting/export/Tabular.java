package org.minyi.reporting.export;

import java.util.List;

/**
 * A report that can also be given as a file: with {@code Accept: text/csv} or the Excel media type, the
 * report endpoint returns the same figures as {@link #tables()}.
 */
public interface Tabular {

    /** The tables of the report, in print order. */
    List<ReportTable> tables();

    /** File name without extension, e.g. {@code petition-rates-339901101-2026-11-22}. */
    String fileName();
}
