package org.minyi.reporting.audit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.reporting.audit.view.AuditEntry;
import org.minyi.reporting.export.ReportTable;
import org.minyi.reporting.export.Tabular;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of the audit trail, shaped as every list of the project ({@code {items[], page, size, total}}); as a file
 * (CSV or Excel), the same lines under Chinese headers, times in China Standard Time.
 */
public record AuditTrailPage(List<Line> items, int page, int size, long total) implements Tabular {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Chinese names of the actions that are not a step's event name. */
    static final Map<String, String> ACTIONS = Map.of(
            "PERSONAL_DATA_READ", "查看信访人个人信息",
            "CREATED", "创建账号",
            "UPDATED", "修改账号",
            "ENABLED", "启用账号",
            "DISABLED", "停用账号",
            "SECRET_SET", "重设密码",
            "LOCKED_OUT", "多次登录失败被锁定");

    static final Map<String, String> KINDS = Map.of(
            "PETITION", "信访件",
            "PROPOSAL", "代表议案建议",
            "DEPUTY", "代表",
            "GROUP", "代表小组",
            "ACTIVITY", "履职活动",
            "ACCOUNT", "账号",
            "SESSION", "会议",
            "OPINION", "群众意见");

    /** One audited action. */
    @Schema(name = "AuditLine")
    public record Line(
            @Schema(description = "记录 id / Record id") UUID recordId,
            @Schema(description = "发生时间（UTC） / When it happened (UTC)") Instant occurredAt,
            @Schema(description = "操作账号（信访人个人信息被查看时为查看者；锁定为 sign-in） / The acting account (sign-in for a lock-out)") String actor,
            @Schema(description = "代为记录的对象：unit:<单位代码> 或 deputy:<代表 id> / Whom the office recorded it for") String onBehalfOf,
            @Schema(description = "操作代码：环节的事件名（如 PetitionReceived）、PERSONAL_DATA_READ，或账号的 CREATED、UPDATED、ENABLED、DISABLED、SECRET_SET、LOCKED_OUT"
                    + " / Action code: the step's event name, PERSONAL_DATA_READ, or an account's change") String action,
            @Schema(description = "对象类别：PETITION、PROPOSAL、DEPUTY、GROUP、ACTIVITY、ACCOUNT 等 / Kind of item") String itemKind,
            @Schema(description = "对象编号（账号为账号名） / The item's id (the account name for an account)") String itemId,
            @Schema(description = "对象所属乡镇代码 / The item's township") String townshipCode,
            @Schema(description = "乡镇名称 / The township's name") String townshipName,
            @Schema(description = "记录操作的服务，如 petition-service、gateway / The service that performed it") String source) {

        static Line of(AuditEntry e, String townshipName) {
            return new Line(e.recordId(), e.occurredAt(), e.actor(), e.onBehalfOf(), e.action(), e.itemKind(), e.itemId(),
                    e.townshipCode(), townshipName, e.source());
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(new ReportTable("审计记录", "Audit trail",
                List.of("时间（北京时间）", "操作人", "代为记录", "操作", "操作代码", "对象类别", "对象编号", "乡镇", "来源"),
                items.stream().map(e -> List.<Object>of(TIME.format(e.occurredAt()), e.actor(),
                        e.onBehalfOf() == null ? "" : e.onBehalfOf(), ACTIONS.getOrDefault(e.action(), e.action()), e.action(),
                        KINDS.getOrDefault(e.itemKind(), e.itemKind()), e.itemId(),
                        e.townshipName() != null ? e.townshipName() : e.townshipCode() == null ? "" : e.townshipCode(),
                        e.source())).toList()));
    }

    @Override
    public String fileName() {
        return "audit-trail";
    }
}
