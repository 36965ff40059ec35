package org.minyi.reporting.deputy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.minyi.reporting.deputy.view.DeputyReports;
import org.minyi.reporting.export.ReportTable;
import org.minyi.reporting.export.Tabular;
import org.minyi.reporting.kernel.ReportAccessPolicy;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.ReportRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/reports/deputies/...}: points, voter contacts, group activity (docs/domain.md §6). */
@RestController
@RequestMapping("/api/reports/deputies")
@Tag(name = "代表履职统计 / Deputy reports", description = "代表履职积分、联系选民和小组活动 / Deputies' points, voter contacts and group activity")
public class DeputyReportController {

    private final DeputyReports reports;
    private final ReportRequests requests;

    public DeputyReportController(DeputyReports reports, ReportRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    /** The points table with the period it covers. */
    public record PointsReport(String townshipCode, int year, Integer quarter, LocalDate from, LocalDate to,
                               LocalDate asOf, int voterContactMinimum, Summary summary, List<DeputyReports.PointsRow> rows)
            implements Tabular {

        @Override
        public List<ReportTable> tables() {
            List<List<Object>> cells = rows.stream().map(r -> List.<Object>of(r.name(), r.townshipName(),
                    r.categories().get("DISCIPLINE"), r.categories().get("SESSION"), r.categories().get("INTERSESSION"),
                    r.categories().get("OTHER"), r.total(), r.stars(), r.voterContacts(),
                    r.belowVoterContactMinimum() ? "是" : "否")).toList();
            String period = year + "年" + (quarter == null ? "" : "第" + quarter + "季度");
            return List.of(new ReportTable(period + "代表履职积分（截至" + asOf + "）", "Deputies' points " + year
                    + (quarter == null ? "" : " Q" + quarter) + " as of " + asOf,
                    List.of("代表", "乡镇", "遵纪守法", "会议期间", "闭会期间", "其他", "总分", "星级", "联系选民次数", "联系选民不足2次"),
                    cells));
        }

        @Override
        public String fileName() {
            return "deputy-points-" + (townshipCode == null ? "county" : townshipCode) + "-" + year
                    + (quarter == null ? "" : "-q" + quarter) + "-" + asOf;
        }
    }

    public record Summary(int deputies, int belowVoterContactMinimum) {
    }

    public record GroupReport(String townshipCode, int year, LocalDate asOf, List<DeputyReports.GroupRow> rows)
            implements Tabular {

        @Override
        public List<ReportTable> tables() {
            List<List<Object>> cells = rows.stream().map(r -> List.<Object>of(r.name(),
                    "DEPUTY_GROUP".equals(r.kind()) ? "代表小组" : "课题组", r.townshipName(),
                    r.activitiesByQuarter().get(0), r.activitiesByQuarter().get(1), r.activitiesByQuarter().get(2),
                    r.activitiesByQuarter().get(3), r.quartersWithoutActivity())).toList();
            return List.of(new ReportTable(year + "年小组活动（截至" + asOf + "）", "Group activity " + year + " as of " + asOf,
                    List.of("小组", "类型", "乡镇", "一季度", "二季度", "三季度", "四季度", "无活动季度数"), cells));
        }

        @Override
        public String fileName() {
            return "group-activity-" + (townshipCode == null ? "county" : townshipCode) + "-" + year + "-" + asOf;
        }
    }

    @Operation(summary = "代表履职积分 / Deputies' points",
            description = "每位在任代表当年截至所选季度末（或 asOf）的积分：四个类别、总分、星级，以及当年联系选民次数（少于 2 次标出）。"
                    + " 积分规则见部署文件 points 部分。代表本人只能查看本人一行（我的积分），townshipCode 不填即本人所在乡镇，填其他乡镇 403。"
                    + " / Each deputy's year-to-date standing at the end of the quarter (or asOf):"
                    + " the four categories, total, stars, and voter contacts this year (fewer than 2 flagged). Rules: the"
                    + " deployment file's points section. A deputy reads only their own row; without townshipCode it is their"
                    + " own township, another township is 403.",
            parameters = {
                    @Parameter(name = "townshipCode", description = "代表所在乡镇，不填为全县 / The deputies' home township; absent: the county"),
                    @Parameter(name = "year", description = "年度，不填为今年 / Year; absent: this year"),
                    @Parameter(name = "quarter", description = "季度 1–4，不填为全年 / Quarter 1–4; absent: the whole year"),
                    @Parameter(name = "asOf", description = "统计截至日期，不填为今天 / The date the figures stand on; absent: today")})
    @GetMapping("/points")
    public PointsReport points(@RequestParam(required = false) String townshipCode,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) Integer quarter,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               Authentication authentication) {
        Caller caller = Caller.from(authentication);
        UUID self = ReportAccessPolicy.deputySelf(caller).orElse(null);
        ReportRequest request;
        if (self != null) {
            // A deputy: their own row, in their own township (the one the deputy topic gives).
            String home = reports.homeTownship(self).orElse(null);
            if (townshipCode != null && !townshipCode.equals(home)) {
                throw ApiProblem.forbidden("代表只能查看本人所在乡镇的本人积分。",
                        "A deputy may read only their own points, in their own township.");
            }
            request = requests.ownTownship(home).asOf(asOf);
        } else {
            request = requests.township(caller, townshipCode).asOf(asOf);
        }
        LocalDate asOfDate = request.asOf();
        int y = year == null ? asOfDate.getYear() : year;
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new RuleViolation("quarter", "季度为 1 到 4", "quarter is 1 to 4");
        }
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = quarter == null ? LocalDate.of(y, 12, 31) : LocalDate.of(y, quarter * 3, 1).plusMonths(1).minusDays(1);
        if (from.isAfter(asOfDate)) {
            throw new RuleViolation("year", "所选年度晚于统计截至日期", "the year is after the as-of date");
        }
        String township = request.townshipCode();
        List<DeputyReports.PointsRow> rows = self != null && township == null ? List.of()
                : reports.points(township, self, from, to, asOfDate);
        int below = (int) rows.stream().filter(DeputyReports.PointsRow::belowVoterContactMinimum).count();
        return new PointsReport(township, y, quarter, from, to, asOfDate, DeputyReports.VOTER_CONTACT_MINIMUM,
                new Summary(rows.size(), below), rows);
    }

    @Operation(summary = "小组活动 / Group activity",
            description = "各代表小组、课题组当年每季度的活动次数；已结束且无活动的季度计入 quartersWithoutActivity（小组每季度至少活动一次）。"
                    + " / Activities of each group per quarter of the year; ended quarters without any count in"
                    + " quartersWithoutActivity (groups meet at least quarterly).")
    @GetMapping("/groups")
    public GroupReport groups(@RequestParam(required = false) String townshipCode,
                              @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              Authentication authentication) {
        ReportRequest request = requests.township(authentication, townshipCode).asOf(asOf);
        int y = year == null ? request.asOf().getYear() : year;
        return new GroupReport(townshipCode, y, request.asOf(), reports.groupActivity(townshipCode, y, request.asOf()));
    }
}
