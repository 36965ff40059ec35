package org.minyi.reporting.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.reporting.kernel.CountyNames;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.ReportRequests;
import org.minyi.reporting.proposal.view.ProposalRates;
import org.minyi.reporting.proposal.view.ProposalReports;
import org.minyi.reporting.proposal.view.UnitRanking;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code GET /api/reports/proposals/rates}: the proposal figures of docs/domain.md §6. */
@RestController
@RequestMapping("/api/reports/proposals")
@Tag(name = "代表建议统计 / Proposal reports", description = "按乡镇、承办单位和全县统计的代表议案、建议办理情况 / Proposal figures per township, handling unit and county-wide")
public class ProposalReportController {

    private static final Set<String> KINDS = Set.of("MOTION", "SUGGESTION");
    private static final Set<String> CATEGORIES = Set.of("ECONOMY", "URBAN_RURAL_CONSTRUCTION", "AGRICULTURE",
            "EDUCATION_SCIENCE_CULTURE_HEALTH", "SOCIAL_SECURITY", "ENVIRONMENT", "LAW_AND_GOVERNANCE", "OTHER");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final ProposalReports reports;
    private final ReportRequests requests;
    private final CountyReference county;
    private final CountyNames names;

    public ProposalReportController(ProposalReports reports, ReportRequests requests, CountyReference county,
                                    CountyNames names) {
        this.reports = reports;
        this.requests = requests;
        this.county = county;
        this.names = names;
    }

    @Operation(summary = "代表建议办理统计 / Proposal rates",
            description = "统计在 from 至 to 之间提出的议案、建议截至 asOf 的办理情况：答复率（含按时答复和办理中）、面商率、解决率、落实率、"
                    + "满意率、一次满意率及件数。不带 townshipCode 为全县（乡镇账号须指定本乡镇）。groupBy=township 按乡镇分行，"
                    + "groupBy=unit 按主办单位分行并排名，均附全县（或所选范围）合计，合计由各件直接计算。"
                    + " / Figures for the proposals submitted from `from` to `to`, as they stood on `asOf`: reply (with on time and"
                    + " in progress), consultation, resolution, implementation, satisfaction, first-time satisfaction, counts."
                    + " Without townshipCode, the whole county (a township account must name its own township)."
                    + " groupBy=township: a row per township; groupBy=unit: a row per lead unit, ranked; both with the total of"
                    + " the scope in `county`, computed from the items.",
            parameters = {
                    @Parameter(name = "townshipCode", description = "乡镇代码（9 位），不填为全县 / Township code (9 digits); absent: the whole county"),
                    @Parameter(name = "unitCode", description = "主办单位代码 / Lead unit code: the items assigned to it"),
                    @Parameter(name = "congressCode", description = "提交的人代会（乡镇代码或县代码） / The congress (township or county code)"),
                    @Parameter(name = "kind", description = "MOTION 或 SUGGESTION（截至 asOf 的类别） / MOTION or SUGGESTION (as of asOf)"),
                    @Parameter(name = "category", description = "建议类别 / Category"),
                    @Parameter(name = "sessionId", description = "会议编号 / Session id"),
                    @Parameter(name = "from", description = "提出起始日期，不填为有记录以来 / First submission date; absent: from the beginning of records"),
                    @Parameter(name = "to", description = "提出截止日期，不填为 asOf / Last submission date; absent: asOf"),
                    @Parameter(name = "asOf", description = "统计截至日期（北京时间），不填为今天 / The date the figures stand on (China Standard Time); absent: today"),
                    @Parameter(name = "groupBy", description = "township 或 unit / township or unit")})
    @GetMapping("/rates")
    public ProposalRatesReport rates(@RequestParam(required = false) String townshipCode,
                                     @RequestParam(required = false) String unitCode,
                                     @RequestParam(required = false) String congressCode,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String category,
                                     @RequestParam(required = false) String sessionId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) String groupBy,
                                     Authentication authentication) {
        ReportRequest township = requests.township(authentication, townshipCode);
        if (unitCode != null && !county.hasUnit(unitCode)) {
            throw new RuleViolation("unitCode", "本县没有此承办单位", "no such handling unit in this county");
        }
        if (congressCode != null && !congressCode.equals(county.county().code()) && county.township(congressCode).isEmpty()) {
            throw new RuleViolation("congressCode", "人代会代码须为本县或本县的乡镇", "the congress is the county or one of its townships");
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw new RuleViolation("kind", "类别只能是 MOTION 或 SUGGESTION", "kind is MOTION or SUGGESTION");
        }
        if (category != null && !CATEGORIES.contains(category)) {
            throw new RuleViolation("category", "没有此建议类别", "no such category");
        }
        if (sessionId != null && !SESSION_ID.matcher(sessionId).matches()) {
            throw new RuleViolation("sessionId", "会议编号只能包含字母、数字和 . _ -，最长40位",
                    "the session id is 1 to 40 letters, digits, '.', '_' or '-'");
        }
        ReportRequest request = township.cohort(from, to, asOf);
        if (groupBy != null && !groupBy.equals("township") && !groupBy.equals("unit")) {
            throw new RuleViolation("groupBy", "只支持 groupBy=township 或 groupBy=unit", "only groupBy=township or groupBy=unit is supported");
        }
        ProposalReports.Selection selection = new ProposalReports.Selection(request, unitCode, congressCode, kind, category,
                sessionId);
        ProposalRates total = reports.rates(selection);
        ProposalRatesReport whole = ProposalRatesReport.of(townshipCode, names.township(townshipCode), unitCode,
                names.unit(unitCode), null, request, total, null, null);
        if (groupBy == null) {
            return whole;
        }
        List<ProposalRatesReport> rows;
        if (groupBy.equals("township")) {
            Map<String, ProposalRates> byTownship = reports.byTownship(selection);
            rows = county.townships().stream()
                    .filter(t -> townshipCode == null || t.code().equals(townshipCode))
                    .map(t -> ProposalRatesReport.of(t.code(), t.name(), unitCode, names.unit(unitCode), null, request,
                            byTownship.getOrDefault(t.code(), ProposalRates.empty()), null, null))
                    .toList();
        } else {
            rows = UnitRanking.rank(reports.byUnit(selection)).stream()
                    .map(u -> ProposalRatesReport.of(townshipCode, names.township(townshipCode), u.unitCode(),
                            names.unit(u.unitCode()), u.rank(), request, u.rates(), null, null))
                    .toList();
        }
        return ProposalRatesReport.of(townshipCode, names.township(townshipCode), unitCode, names.unit(unitCode), null,
                request, total, rows, whole);
    }
}
