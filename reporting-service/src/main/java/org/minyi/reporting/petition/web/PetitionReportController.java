package org.minyi.reporting.petition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.minyi.reporting.ReportAccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/reports/petitions/rates} (API.md "Reports"). */
@RestController
@RequestMapping("/api/reports/petitions")
@Tag(name = "信访统计 / Petition reports", description = "按乡镇和全县统计的信访件数字（“四个100%”） / Petition figures per township and county-wide (the \"four 100%\")")
public class PetitionReportController {

    /** Without {@code from}, the cohort starts at the beginning of records. */
    private static final LocalDate BEGINNING = LocalDate.of(1949, 10, 1);

    private final PetitionReports reports;
    private final CountyReference county;
    private final BusinessCalendar calendar;

    public PetitionReportController(PetitionReports reports, CountyReference county, BusinessCalendar calendar) {
        this.reports = reports;
        this.county = county;
        this.calendar = calendar;
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
        LocalDate today = calendar.today();
        LocalDate asOfDate = asOf == null ? today : asOf;
        LocalDate fromDate = from == null ? BEGINNING : from;
        LocalDate toDate = to == null ? asOfDate : to;
        Caller caller = Caller.from(authentication);
        if (!ReportAccessPolicy.mayRead(caller, townshipCode)) {
            throw ApiProblem.forbidden("当前账号只能查看本乡镇的统计（请指定 townshipCode）。",
                    "This account may read only its own townships' figures (give townshipCode).");
        }
        if (townshipCode != null && county.township(townshipCode).isEmpty()) {
            throw new RuleViolation("townshipCode", "本县没有此乡镇", "no such township in this county");
        }
        if (fromDate.isAfter(toDate)) {
            throw new RuleViolation("from", "起始日期晚于截止日期", "from is after to");
        }
        if (groupBy != null && !groupBy.equals("township")) {
            throw new RuleViolation("groupBy", "只支持 groupBy=township", "only groupBy=township is supported");
        }
        Map<String, String> villageNames = new HashMap<>();
        county.townships().forEach(t -> t.villages().forEach(v -> villageNames.put(v.code(), v.name())));
        if ("township".equals(groupBy)) {
            Map<String, PetitionFigures> byTownship = reports.figuresByTownship(fromDate, toDate, asOfDate);
            List<PetitionRatesReport> rows = county.townships().stream()
                    .filter(t -> townshipCode == null || t.code().equals(townshipCode))
                    .map(t -> PetitionRatesReport.of(t.code(), t.name(), fromDate, toDate, asOfDate,
                            byTownship.getOrDefault(t.code(), PetitionFigures.empty()), null, null, null))
                    .toList();
            // The county row is computed from the items, never summed or averaged from the rows.
            PetitionRatesReport total = PetitionRatesReport.of(townshipCode, name(townshipCode), fromDate, toDate,
                    asOfDate, reports.figures(townshipCode, fromDate, toDate, asOfDate), null, null, null);
            return new PetitionRatesReport(townshipCode, name(townshipCode), fromDate, toDate, asOfDate, null, null, null,
                    null, null, null, null, null, rows, total, villageNames);
        }
        return PetitionRatesReport.of(townshipCode, name(townshipCode), fromDate, toDate, asOfDate,
                reports.figures(townshipCode, fromDate, toDate, asOfDate), null, null, villageNames);
    }

    private String name(String townshipCode) {
        return townshipCode == null ? PetitionRatesReport.COUNTY
                : county.township(townshipCode).map(CountyReference.Township::name).orElse(townshipCode);
    }
}
