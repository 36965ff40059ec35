package org.minyi.reporting.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.minyi.reporting.ReportAccessPolicy;
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
import java.util.stream.Stream;

/** {@code GET /api/reports/proposals/rates} (API.md "Reports"; DOMAIN §6 "Proposals"). */
@RestController
@RequestMapping("/api/reports/proposals")
@Tag(name = "代表建议统计 / Proposal reports", description = "按乡镇、承办单位和全县统计的代表议案、建议办理情况 / Proposal figures per township, handling unit and county-wide")
public class ProposalReportController {

    /** Without {@code from}, the cohort starts at the beginning of records. */
    private static final LocalDate BEGINNING = LocalDate.of(1949, 10, 1);
    private static final Set<String> KINDS = Set.of("MOTION", "SUGGESTION");
    private static final Set<String> CATEGORIES = Set.of("ECONOMY", "URBAN_RURAL_CONSTRUCTION", "AGRICULTURE",
            "EDUCATION_SCIENCE_CULTURE_HEALTH", "SOCIAL_SECURITY", "ENVIRONMENT", "LAW_AND_GOVERNANCE", "OTHER");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final ProposalReports reports;
    private final CountyReference county;
    private final BusinessCalendar calendar;

    public ProposalReportController(ProposalReports reports, CountyReference county, BusinessCalendar calendar) {
        this.reports = reports;
        this.county = county;
        this.calendar = calendar;
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
        LocalDate asOfDate = asOf == null ? calendar.today() : asOf;
        LocalDate fromDate = from == null ? BEGINNING : from;
        LocalDate toDate = to == null ? asOfDate : to;
        if (!ReportAccessPolicy.mayRead(Caller.from(authentication), townshipCode)) {
            throw ApiProblem.forbidden("当前账号只能查看本乡镇的统计（请指定 townshipCode）。",
                    "This account may read only its own townships' figures (give townshipCode).");
        }
        if (townshipCode != null && county.township(townshipCode).isEmpty()) {
            throw new RuleViolation("townshipCode", "本县没有此乡镇", "no such township in this county");
        }
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
        if (fromDate.isAfter(toDate)) {
            throw new RuleViolation("from", "起始日期晚于截止日期", "from is after to");
        }
        if (groupBy != null && !groupBy.equals("township") && !groupBy.equals("unit")) {
            throw new RuleViolation("groupBy", "只支持 groupBy=township 或 groupBy=unit", "only groupBy=township or groupBy=unit is supported");
        }
        ProposalReports.Scope scope = new ProposalReports.Scope(townshipCode, unitCode, congressCode, kind, category,
                sessionId, fromDate, toDate, asOfDate);
        ProposalRates total = reports.rates(scope);
        if (groupBy == null) {
            return ProposalRatesReport.of(townshipCode, townshipName(townshipCode), unitCode, unitName(unitCode), null, scope, total, null, null);
        }
        ProposalRatesReport whole = ProposalRatesReport.of(townshipCode, townshipName(townshipCode), unitCode, unitName(unitCode), null, scope, total,
                null, null);
        List<ProposalRatesReport> rows;
        if (groupBy.equals("township")) {
            Map<String, ProposalRates> byTownship = reports.byTownship(scope);
            rows = county.townships().stream()
                    .filter(t -> townshipCode == null || t.code().equals(townshipCode))
                    .map(t -> ProposalRatesReport.of(t.code(), t.name(), unitCode, unitName(unitCode), null, scope,
                            byTownship.getOrDefault(t.code(), ProposalReports.empty()), null, null))
                    .toList();
        } else {
            rows = unitRanking(scope, reports.byUnit(scope));
        }
        return ProposalRatesReport.of(townshipCode, townshipName(townshipCode), unitCode, unitName(unitCode), null, scope, total, rows, whole);
    }

    private List<ProposalRatesReport> unitRanking(ProposalReports.Scope scope, Map<String, ProposalRates> byUnit) {
        return UnitRanking.rank(byUnit).stream()
                .map(u -> ProposalRatesReport.of(scope.townshipCode(), townshipName(scope.townshipCode()), u.unitCode(), unitName(u.unitCode()), u.rank(), scope,
                        u.rates(), null, null))
                .toList();
    }

    private String unitName(String unitCode) {
        if (unitCode == null) {
            return null;
        }
        return Stream.concat(county.county().units().stream(), county.townships().stream().flatMap(t -> t.units().stream()))
                .filter(u -> u.code().equals(unitCode)).map(CountyReference.Unit::name).findFirst().orElse(null);
    }

    private String townshipName(String code) {
        return code == null ? null : county.township(code).map(CountyReference.Township::name).orElse(code);
    }
}
