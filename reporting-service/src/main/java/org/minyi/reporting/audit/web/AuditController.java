package org.minyi.reporting.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.Page;
import org.minyi.reporting.audit.view.AuditQueries;
import org.minyi.reporting.export.ReportFileConverter;
import org.minyi.reporting.kernel.CountyNames;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** {@code GET /api/audit}: the audit trail, for the county office only. */
@RestController
@Tag(name = "审计记录 / Audit trail", description = "谁在何时、代谁、对哪一事项做了什么 / Who did what, when, on whose behalf, to which item")
public class AuditController {

    /** The most lines a file holds; a larger selection is refused (narrow it). */
    static final int MAX_FILE_LINES = 10_000;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final AuditQueries queries;
    private final CountyReference county;
    private final CountyNames names;

    public AuditController(AuditQueries queries, CountyReference county, CountyNames names) {
        this.queries = queries;
        this.county = county;
        this.names = names;
    }

    @Operation(summary = "审计记录 / Audit trail",
            description = "各项办理环节（由谁记录、代谁记录）、信访人个人信息的每次查看（谁、何时、哪一件）和账号管理（含多次登录失败锁定），"
                    + "最新的在前；按操作账号（actor）、对象编号（itemId）、乡镇（townshipCode）、日期范围（from、to，北京时间，含）筛选；"
                    + "分页（page 从 0 开始，size 1–100）。Accept: text/csv 或 Excel 媒体类型返回全部符合条件的记录（最多 10000 条，不分页）。"
                    + "不含任何个人信息。仅县人大常委会办公室。"
                    + " / Every recorded step (who recorded it, on whose behalf), every time petitioners' personal data was shown"
                    + " (who, when, which petition) and every account change (lock-outs after failed sign-ins included), newest"
                    + " first; filtered by acting account (actor), item id (itemId), township (townshipCode) and a date range"
                    + " (from, to, China Standard Time, inclusive); paged (page from 0, size 1–100). `Accept: text/csv` or the"
                    + " Excel media type gives every matching line (at most 10000, not paged). No personal data. County office only.",
            parameters = {
                    @Parameter(name = "actor", description = "操作账号 / The acting account"),
                    @Parameter(name = "itemId", description = "对象编号（账号为账号名） / The item's id (an account's name)"),
                    @Parameter(name = "townshipCode", description = "乡镇代码（9 位） / Township code (9 digits)"),
                    @Parameter(name = "from", description = "起始日期（北京时间，含） / First date (China Standard Time, inclusive)"),
                    @Parameter(name = "to", description = "截止日期（北京时间，含） / Last date (China Standard Time, inclusive)")})
    @GetMapping("/api/audit")
    public AuditTrailPage audit(@RequestParam(required = false) String actor,
                                @RequestParam(required = false) String itemId,
                                @RequestParam(required = false) String townshipCode,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size,
                                @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                Authentication authentication) {
        if (!Caller.from(authentication).is(Role.COUNTY_ADMIN)) {
            throw ApiProblem.forbidden("只有县人大常委会办公室可以查看审计记录。", "Only the county office may read the audit trail.");
        }
        Page.checkRequest(page, size);
        if (townshipCode != null && county.township(townshipCode).isEmpty()) {
            throw new RuleViolation("townshipCode", "本县没有此乡镇", "no such township in this county");
        }
        checkYear("from", from);
        checkYear("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("to", "结束日期不能早于开始日期", "to must not be before from");
        }
        var filter = new AuditQueries.Filter(blankToNull(actor), blankToNull(itemId), townshipCode,
                from == null ? null : from.atStartOfDay(BUSINESS_ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant());
        long total = queries.count(filter);
        if (wantsFile(accept)) {
            if (total > MAX_FILE_LINES) {
                throw new RuleViolation("from", "符合条件的记录超过 " + MAX_FILE_LINES + " 条，请缩小日期范围或加筛选条件",
                        "more than " + MAX_FILE_LINES + " lines match: narrow the date range or filter further");
            }
            return new AuditTrailPage(lines(queries.page(filter, 0, MAX_FILE_LINES)), 0, (int) total, total);
        }
        return new AuditTrailPage(lines(queries.page(filter, page, size)), page, size, total);
    }

    private List<AuditTrailPage.Line> lines(List<org.minyi.reporting.audit.view.AuditEntry> entries) {
        return entries.stream().map(e -> AuditTrailPage.Line.of(e,
                e.townshipCode() == null ? null : names.township(e.townshipCode()))).toList();
    }

    /** Whether the caller asked for a file by name (CSV or Excel) and not for JSON. */
    private static boolean wantsFile(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        boolean file = types.stream().anyMatch(t -> !t.isWildcardType() && !t.isWildcardSubtype()
                && (t.isCompatibleWith(ReportFileConverter.CSV) || t.isCompatibleWith(ReportFileConverter.XLSX)));
        boolean json = types.stream().anyMatch(t -> !t.isWildcardType() && !t.isWildcardSubtype()
                && t.isCompatibleWith(MediaType.APPLICATION_JSON));
        return file && !json;
    }

    /** A calendar date of the records' era, as request bodies' dates are (and no overflow at the day's end). */
    private static void checkYear(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
            throw new RuleViolation(field, "日期的年份须在 1900 到 2999 之间", "a date's year is 1900 to 2999");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
