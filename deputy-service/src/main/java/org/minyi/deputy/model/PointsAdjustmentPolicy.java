package org.minyi.deputy.model;

import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.math.BigDecimal;

/**
 * What a manual points adjustment may be: a category, a non-zero number of points within the 100-point
 * scale with at most one decimal (sub-items give half points), a reason, and a date not in the future.
 */
public final class PointsAdjustmentPolicy {

    static final BigDecimal LIMIT = BigDecimal.valueOf(100);

    private PointsAdjustmentPolicy() {
    }

    public static void requireValid(AdjustPoints command, BusinessCalendar calendar) {
        if (command.adjustmentId() == null) {
            throw new RuleViolation("id", "调整记录缺少标识", "the adjustment's id is required");
        }
        if (command.category() == null) {
            throw new RuleViolation("category", "请选择积分类别", "the category is required");
        }
        BigDecimal points = command.points();
        if (points == null || points.signum() == 0) {
            throw new RuleViolation("points", "调整分值不能为零", "the points cannot be zero");
        }
        if (points.abs().compareTo(LIMIT) > 0) {
            throw new RuleViolation("points", "调整分值在 -100 到 100 之间", "the points are between -100 and 100");
        }
        if (points.stripTrailingZeros().scale() > 1) {
            throw new RuleViolation("points", "分值最多保留一位小数", "the points have at most one decimal");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation("reason", "请填写调整原因", "the reason is required");
        }
        if (command.on() == null) {
            throw new RuleViolation("on", "请填写调整日期", "the date is required");
        }
        if (command.on().isAfter(calendar.today())) {
            throw new RuleViolation("on", "调整日期不能晚于今天", "the date cannot be in the future");
        }
    }
}
