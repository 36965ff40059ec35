package org.minyi.reporting.deputy.view;

import org.junit.jupiter.api.Test;
import org.minyi.platform.county.PointsRules;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default scheme applied to records worked out by hand. */
class PointsCalculatorTest {

    private final PointsCalculator calculator = new PointsCalculator(PointsRules.DEFAULTS);

    private PointsCalculator.Score score(Map<String, Integer> activities, Map<String, Integer> proposals,
                                         Map<String, BigDecimal> adjustments) {
        return calculator.score(new PointsCalculator.Record(activities, proposals, adjustments));
    }

    @Test
    void aDeputyWhoDidNothingHasTheDisciplineBaseAndOneStar() {
        var score = score(Map.of(), Map.of(), Map.of());
        assertThat(score.categories()).containsEntry("DISCIPLINE", BigDecimal.valueOf(20));
        assertThat(score.total()).isEqualByComparingTo("20");
        assertThat(score.stars()).isEqualTo(1);
    }

    @Test
    void eachSubItemStopsAtItsCapAndEachCategoryAtItsMaximum() {
        // Receptions 10 × 2 = 20, capped at 8; visits 10 × 2 capped at 8; collective inspections 5 × 3 capped at 6;
        // thematic 5 × 3 capped at 6; surveys 5 × 3 capped at 6; checks capped at 6; evaluations 6; report 5:
        // 8 + 8 + 6 + 6 + 6 + 6 + 6 + 5 = 51, held to INTERSESSION's maximum of 40.
        var score = score(Map.of("VOTER_RECEPTION", 10, "VOTER_VISIT", 10, "INSPECTION", 10, "INSPECTION:COLLECTIVE", 5,
                "INSPECTION:THEMATIC", 5, "SURVEY", 5, "LAW_ENFORCEMENT_CHECK", 5, "EVALUATION", 5, "REPORT_TO_VOTERS", 1),
                Map.of(), Map.of());
        assertThat(score.categories().get("INTERSESSION")).isEqualByComparingTo("40");
    }

    @Test
    void proposalsCountByRoleAndAdjustmentsMoveACategoryWithinZeroAndItsMaximum() {
        // SESSION: attendance 10 + motions led 3 × 5 = 15 capped at 10 + co-signed 1 × 2 + suggestions 2 × 2 = 26.
        // DISCIPLINE: 20 − 25 → 0. OTHER: +3 adjustment.
        var score = score(Map.of("SESSION_ATTENDANCE", 1), Map.of("MOTION_LEAD", 3, "MOTION_COSIGNER", 1, "SUGGESTION_LEAD", 2),
                Map.of("DISCIPLINE", BigDecimal.valueOf(-25), "OTHER", new BigDecimal("3")));
        assertThat(score.categories().get("SESSION")).isEqualByComparingTo("26");
        assertThat(score.categories().get("DISCIPLINE")).isEqualByComparingTo("0");
        assertThat(score.categories().get("OTHER")).isEqualByComparingTo("3");
        assertThat(score.total()).isEqualByComparingTo("29");
    }

    @Test
    void starsFollowTheThresholds() {
        // 20 base + SESSION 30 (attendance 10, motions 10, co-signed 6, suggestions 4 → 30) + INTERSESSION 40 (as above)
        // = 90: five stars; one point less in OTHER does not matter, one less in SESSION makes it 89.5: four stars.
        Map<String, Integer> busy = Map.of("SESSION_ATTENDANCE", 1, "VOTER_RECEPTION", 10, "VOTER_VISIT", 10,
                "INSPECTION:COLLECTIVE", 5, "INSPECTION:THEMATIC", 5, "SURVEY", 5, "LAW_ENFORCEMENT_CHECK", 5);
        Map<String, Integer> proposals = Map.of("MOTION_LEAD", 2, "MOTION_COSIGNER", 3, "SUGGESTION_LEAD", 2);
        assertThat(score(busy, proposals, Map.of()).total()).isEqualByComparingTo("90");
        assertThat(score(busy, proposals, Map.of()).stars()).isEqualTo(5);
        var less = score(busy, proposals, Map.of("SESSION", new BigDecimal("-0.5")));
        assertThat(less.total()).isEqualByComparingTo("89.5");
        assertThat(less.stars()).isEqualTo(4);
    }
}
