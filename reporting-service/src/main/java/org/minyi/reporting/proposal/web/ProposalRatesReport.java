package org.minyi.reporting.proposal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minyi.reporting.export.Metrics;
import org.minyi.reporting.export.ReportTable;
import org.minyi.reporting.export.Tabular;
import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.StepRate;
import org.minyi.reporting.proposal.view.ProposalCounts;
import org.minyi.reporting.proposal.view.ProposalRates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code GET /api/reports/proposals/rates}: the scope and filters asked for, the metrics, and with
 * {@code groupBy} the {@code rows} (per township, or per lead unit with its rank) plus {@code county}, the
 * figure of the whole scope computed from the items (never from the rows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalRatesReport(String townshipCode, String townshipName, String unitCode, String unitName, Integer rank,
                                  LocalDate from, LocalDate to, LocalDate asOf,
                                  StepRate reply, Rate consultation, Rate resolution, Rate implementation,
                                  Rate satisfaction, Rate firstTimeSatisfaction, ProposalCounts counts,
                                  List<ProposalRatesReport> rows, ProposalRatesReport county) implements Tabular {

    static ProposalRatesReport of(String townshipCode, String townshipName, String unitCode, String unitName, Integer rank,
                                  ReportRequest request, ProposalRates r,
                                  List<ProposalRatesReport> rows, ProposalRatesReport county) {
        return new ProposalRatesReport(townshipCode, townshipName, unitCode, unitName, rank, request.from(), request.to(),
                request.asOf(),
                r.reply(), r.consultation(), r.resolution(), r.implementation(), r.satisfaction(),
                r.firstTimeSatisfaction(), r.counts(), rows, county);
    }

    /** The ledger: a row per township or unit (when grouped) and the whole scope, numerators and denominators beside each rate. */
    @Override
    public List<ReportTable> tables() {
        List<String> headers = new ArrayList<>(List.of(unitCode != null || (rows != null && !rows.isEmpty() && rows.get(0).rank() != null)
                ? "承办单位" : "乡镇"));
        if (rows != null && !rows.isEmpty() && rows.get(0).rank() != null) {
            headers.add("排名");
        }
        headers.addAll(Metrics.rateHeaders("答复率"));
        headers.addAll(List.of("按时答复", "按时答复率", "办理中"));
        headers.addAll(Metrics.rateHeaders("面商率"));
        headers.addAll(Metrics.rateHeaders("解决率"));
        headers.addAll(Metrics.rateHeaders("落实率"));
        headers.addAll(Metrics.rateHeaders("满意率"));
        headers.addAll(Metrics.rateHeaders("一次满意率"));
        headers.addAll(List.of("提出件数", "立案件数", "不予立案", "重新办理件数"));
        boolean ranked = headers.contains("排名");
        List<List<Object>> cells = new ArrayList<>();
        if (rows != null) {
            rows.forEach(r -> cells.add(r.cells(ranked, ranked ? r.unitName() : r.townshipName())));
            cells.add(county.cells(ranked, "合计"));
        } else {
            cells.add(cells(ranked, unitName != null ? unitName : townshipName != null ? townshipName : "全县"));
        }
        return List.of(new ReportTable("代表建议办理统计（" + from + "至" + to + "提出，截至" + asOf + "）",
                "Proposal rates, submitted " + from + " to " + to + ", as of " + asOf, headers, cells));
    }

    private List<Object> cells(boolean ranked, String label) {
        List<Object> c = new ArrayList<>();
        c.add(label);
        if (ranked) {
            c.add(rank);
        }
        c.addAll(Metrics.rateCells(reply.done()));
        c.add(reply.onTimeNumerator());
        c.add(Metrics.rateCells(reply.onTime()).get(2));
        c.add(reply.inProgress());
        for (Rate m : List.of(consultation, resolution, implementation, satisfaction, firstTimeSatisfaction)) {
            c.addAll(Metrics.rateCells(m));
        }
        c.addAll(List.of(counts.submitted(), counts.registered(), counts.rejected(), counts.rehandled()));
        return c;
    }

    @Override
    public String fileName() {
        return "proposal-rates-" + (unitCode != null ? unitCode : townshipCode != null ? townshipCode : "county") + "-" + asOf;
    }
}
