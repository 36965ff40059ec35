package org.minyi.reporting.petition;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code GET /api/reports/petitions/rates}. So far it carries the cohort's counts; the
 * four-100% rates join it with the petition lifecycle events.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PetitionRatesReport(String townshipCode, LocalDate from, LocalDate to, LocalDate asOf,
                                  PetitionCounts counts, List<PetitionRatesReport> rows, PetitionRatesReport county) {
}
