package org.minyi.reporting.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.reporting.kernel.CountyNames;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.ReportRequests;
import org.minyi.reporting.petition.view.PetitionFigures;
import org.minyi.reporting.petition.view.PetitionReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code GET /api/reports/petitions/rates}: the four-100% figures of docs/domain.md §6. */
@RestController
@RequestMapping("/api/reports/petitions")
@Tag(name = "信访统计 / Petition reports", description = "按乡镇和全县统计的信访件数字（“四个100%”） / Petition figures per township and county-wide (the \"four 100%\")")
public class PetitionReportController {

    private final PetitionReports reports;
    private final ReportRequests requests;
    private final CountyReference county;
    private final CountyNames names;

    public PetitionReportController(PetitionReports reports, ReportRequests requests, CountyReference county,
                                    CountyNames names) {
        this.reports = reports;
        this.requests = requests;
        this.county = county;
        this.names = names;
    }

    @Operation(summary = "信访件统计 / Petition rates",
            description = "统计在 from 至 to 之间收到的信访件截至 asOf 的情况；不带 townshipCode 为全县（乡镇账号须指定本乡镇）。"
                    + "登记、交办、办结、答复、回访各环节：分母为到期件（已办或已超期），未到期未办的计入 inProgress；分母为 0 时比率为 null。"
                    + "Accept: text/csv 或 Excel 媒体类型返回同样数字的台账文件。"
                    + " / Figures for the petitions received from `from` to `to`, as they stood on `asOf`; without townshipCode,"
                    + " the whole county (a township account must name its own township). Each step (registration,"
                    + " disposition, completion, answer, return visit) counts the due items (done, or pending past the"
                    + " deadline); pending and not yet due is `inProgress`; a rate over 0 items is null. `Accept: text/csv`"
                    + " or the Excel media type gives the same figures as a ledger file.",
            parameters = {
                    @Parameter(name = "townshipCode", description = "乡镇代码（9 位），不填为全县 / Township code (9 digits); absent: the whole county"),
                    @Parameter(name = "from", description = "收件起始日期，不填为有记录以来 / First receipt date; absent: from the beginning of records"),
                    @Parameter(name = "to", description = "收件截止日期，不填为 asOf / Last receipt date; absent: asOf"),
                    @Parameter(name = "asOf", description = "统计截至日期（北京时间），不填为今天 / The date the figures stand on (China Standard Time); absent: today"),
                    @Parameter(name = "groupBy", description = "township：按乡镇分行并附全县合计 / township: one row per township plus the county total")})
    @GetMapping("/rates")
    public PetitionRatesReport rates(@RequestParam(required = false) String townshipCode,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) String groupBy,
                                     Authentication authentication) {
        ReportRequest request = requests.township(authentication, townshipCode).cohort(from, to, asOf);
        if (groupBy != null && !groupBy.equals("township")) {
            throw new RuleViolation("groupBy", "只支持 groupBy=township", "only groupBy=township is supported");
        }
        Map<String, String> villageNames = names.villages();
        PetitionRatesReport total = PetitionRatesReport.of(townshipCode, name(townshipCode), request,
                reports.figures(request), villageNames);
        if (groupBy == null) {
            return total;
        }
        Map<String, PetitionFigures> byTownship = reports.figuresByTownship(request);
        List<PetitionRatesReport> rows = county.townships().stream()
                .filter(t -> townshipCode == null || t.code().equals(townshipCode))
                .map(t -> PetitionRatesReport.of(t.code(), t.name(), request,
                        byTownship.getOrDefault(t.code(), PetitionFigures.empty()), null))
                .toList();
        // The county row is computed from the items, never summed or averaged from the rows.
        return PetitionRatesReport.grouped(townshipCode, name(townshipCode), request, rows, total,
                villageNames);
    }

    private String name(String townshipCode) {
        return townshipCode == null ? PetitionRatesReport.COUNTY : names.township(townshipCode);
    }
}
