package org.minyi.reporting.export;

import java.util.List;

/**
 * A report as a printable table: one sheet of the Excel ledger (台账) or one section of a CSV file.
 * Headers are Chinese (what the office prints), with English in {@code titleEn} for other readers.
 * A cell is a String, a Number (written as a number) or null (empty, e.g. a rate with no data).
 */
public record ReportTable(String title, String titleEn, List<String> headers, List<List<Object>> rows) {

    public ReportTable {
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size() + " headers");
            }
        }
    }
}
