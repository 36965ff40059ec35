package org.minyi.reporting.deputy.view;

import org.minyi.platform.county.PointsRules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies the deployment's points scheme to what a deputy did in a period: each sub-item gives its points per
 * occurrence up to its cap, each category starts at its base, adds its sub-items and the office's adjustments,
 * and stays between 0 and its maximum; the stars follow the total. Plain arithmetic, no I/O.
 */
public final class PointsCalculator {

    private final PointsRules rules;

    public PointsCalculator(PointsRules rules) {
        this.rules = rules;
    }

    /**
     * What a deputy did: activities by type (and by {@code INSPECTION:<mode>} for inspections), proposals by role,
     * adjustments by category.
     */
    public record Record(Map<String, Integer> activities, Map<String, Integer> proposals,
                         Map<String, BigDecimal> adjustments) {
    }

    public record Score(Map<String, BigDecimal> categories, BigDecimal total, int stars) {
    }

    public Score score(Record record) {
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        for (String category : PointsRules.CATEGORIES) {
            PointsRules.Category c = rules.categories().get(category);
            categories.put(category, c.base() == null ? BigDecimal.ZERO : c.base());
        }
        for (PointsRules.Item item : rules.items()) {
            int occurrences = occurrences(item, record);
            BigDecimal earned = item.points().multiply(BigDecimal.valueOf(occurrences)).min(item.cap());
            categories.merge(item.category(), earned, BigDecimal::add);
        }
        record.adjustments().forEach((category, points) -> categories.merge(category, points, BigDecimal::add));
        BigDecimal total = BigDecimal.ZERO;
        for (String category : PointsRules.CATEGORIES) {
            BigDecimal max = rules.categories().get(category).max();
            BigDecimal clamped = categories.get(category).max(BigDecimal.ZERO).min(max);
            categories.put(category, clamped);
            total = total.add(clamped);
        }
        return new Score(categories, total, stars(total));
    }

    private static int occurrences(PointsRules.Item item, Record record) {
        if (item.proposalRole() != null) {
            return record.proposals().getOrDefault(item.proposalRole(), 0);
        }
        String key = item.inspectionMode() == null ? item.activityType() : item.activityType() + ":" + item.inspectionMode();
        return record.activities().getOrDefault(key, 0);
    }

    private int stars(BigDecimal total) {
        return rules.stars().stream().filter(s -> total.compareTo(s.minTotal()) >= 0).mapToInt(PointsRules.Star::stars)
                .findFirst().orElse(1);
    }
}
