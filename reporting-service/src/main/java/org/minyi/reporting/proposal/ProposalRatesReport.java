package org.minyi.reporting.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code GET /api/reports/proposals/rates}: the scope and filters asked for, the metrics, and with
 * {@code groupBy} the {@code rows} (per township, or per lead unit with its rank) plus {@code county}, the
 * figure of the whole scope computed from the items (never from the rows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalRatesReport(String townshipCode, String unitCode, String unitName, Integer rank,
                                  LocalDate from, LocalDate to, LocalDate asOf,
                                  StepMetric reply, Metric consultation, Metric resolution, Metric implementation,
                                  Metric satisfaction, Metric firstTimeSatisfaction, ProposalCounts counts,
                                  List<ProposalRatesReport> rows, ProposalRatesReport county) {

    static ProposalRatesReport of(String townshipCode, String unitCode, String unitName, Integer rank,
                                  ProposalReports.Scope scope, ProposalRates r,
                                  List<ProposalRatesReport> rows, ProposalRatesReport county) {
        return new ProposalRatesReport(townshipCode, unitCode, unitName, rank, scope.from(), scope.to(), scope.asOf(),
                r.reply(), r.consultation(), r.resolution(), r.implementation(), r.satisfaction(),
                r.firstTimeSatisfaction(), r.counts(), rows, county);
    }
}
