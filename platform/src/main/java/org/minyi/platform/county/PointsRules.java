package org.minyi.platform.county;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The deputies' points scheme (代表履职积分, DOMAIN §3), part of the deployment file: a 100-point scale in four
 * categories, sub-items each worth {@code points} per occurrence up to {@code cap} a year, and star thresholds.
 * A file without {@code points} gets {@link #DEFAULTS}, modelled on the township schemes of the sources
 * (4 categories, 23 sub-items).
 *
 * @param categories per category (DISCIPLINE, SESSION, INTERSESSION, OTHER): its maximum and the base every
 *                   serving deputy starts the year with (discipline starts full and is lowered by adjustments)
 * @param items      the sub-items; each counts one kind of event
 * @param stars      star thresholds, highest first: the first whose {@code minTotal} the total reaches; below all, 1 star
 */
public record PointsRules(Map<String, Category> categories, List<Item> items, List<Star> stars) {

    public static final List<String> CATEGORIES = List.of("DISCIPLINE", "SESSION", "INTERSESSION", "OTHER");
    /** What a sub-item may count. */
    public static final List<String> ACTIVITY_TYPES = List.of("VOTER_RECEPTION", "VOTER_VISIT", "INSPECTION", "SURVEY",
            "LAW_ENFORCEMENT_CHECK", "TRAINING", "SESSION_ATTENDANCE", "REPORT_TO_VOTERS", "EVALUATION", "OTHER");
    public static final List<String> PROPOSAL_ROLES = List.of("MOTION_LEAD", "MOTION_COSIGNER", "SUGGESTION_LEAD",
            "SUGGESTION_COSIGNER");

    public record Category(BigDecimal max, BigDecimal base) {
    }

    /**
     * A sub-item: counts activities of {@code activityType} (and {@code inspectionMode}, when given) the deputy
     * took part in, or proposals in which the deputy had {@code proposalRole}; exactly one of the two.
     */
    public record Item(String code, String name, String category, String activityType, String inspectionMode,
                       String proposalRole, BigDecimal points, BigDecimal cap) {
    }

    public record Star(int stars, BigDecimal minTotal) {
    }

    private static Item activity(String code, String name, String category, String type, String mode, int points, int cap) {
        return new Item(code, name, category, type, mode, null, BigDecimal.valueOf(points), BigDecimal.valueOf(cap));
    }

    private static Item proposal(String code, String name, String category, String role, int points, int cap) {
        return new Item(code, name, category, null, null, role, BigDecimal.valueOf(points), BigDecimal.valueOf(cap));
    }

    public static final PointsRules DEFAULTS = new PointsRules(
            Map.of("DISCIPLINE", new Category(BigDecimal.valueOf(20), BigDecimal.valueOf(20)),
                    "SESSION", new Category(BigDecimal.valueOf(30), BigDecimal.ZERO),
                    "INTERSESSION", new Category(BigDecimal.valueOf(40), BigDecimal.ZERO),
                    "OTHER", new Category(BigDecimal.valueOf(10), BigDecimal.ZERO)),
            List.of(
                    activity("SESSION_ATTENDANCE", "出席人代会", "SESSION", "SESSION_ATTENDANCE", null, 10, 10),
                    proposal("MOTION_LEAD", "领衔提出议案", "SESSION", "MOTION_LEAD", 5, 10),
                    proposal("MOTION_COSIGN", "联名附议议案", "SESSION", "MOTION_COSIGNER", 2, 6),
                    proposal("SUGGESTION_LEAD", "提出建议、批评和意见", "SESSION", "SUGGESTION_LEAD", 2, 8),
                    proposal("SUGGESTION_COSIGN", "联名提出建议", "SESSION", "SUGGESTION_COSIGNER", 1, 4),
                    activity("VOTER_RECEPTION", "接待选民", "INTERSESSION", "VOTER_RECEPTION", null, 2, 8),
                    activity("VOTER_VISIT", "走访选民", "INTERSESSION", "VOTER_VISIT", null, 2, 8),
                    activity("INSPECTION_COLLECTIVE", "集中视察", "INTERSESSION", "INSPECTION", "COLLECTIVE", 3, 6),
                    activity("INSPECTION_INDIVIDUAL", "持证视察", "INTERSESSION", "INSPECTION", "INDIVIDUAL", 2, 4),
                    activity("INSPECTION_THEMATIC", "专题视察", "INTERSESSION", "INSPECTION", "THEMATIC", 3, 6),
                    activity("SURVEY", "专题调研", "INTERSESSION", "SURVEY", null, 3, 6),
                    activity("LAW_ENFORCEMENT_CHECK", "执法检查", "INTERSESSION", "LAW_ENFORCEMENT_CHECK", null, 3, 6),
                    activity("EVALUATION", "评议部门工作", "INTERSESSION", "EVALUATION", null, 3, 6),
                    activity("REPORT_TO_VOTERS", "向选民述职", "INTERSESSION", "REPORT_TO_VOTERS", null, 5, 5),
                    activity("TRAINING", "参加培训", "OTHER", "TRAINING", null, 2, 6),
                    activity("OTHER", "其他履职活动", "OTHER", "OTHER", null, 1, 4)),
            List.of(new Star(5, BigDecimal.valueOf(90)), new Star(4, BigDecimal.valueOf(80)),
                    new Star(3, BigDecimal.valueOf(70)), new Star(2, BigDecimal.valueOf(60))));
}
