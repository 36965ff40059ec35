package org.minyi.reporting.proposal.view;

import org.junit.jupiter.api.Test;
import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.StepRate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking of handling units: reply rate, then on-time rate, then satisfaction; no data last; ties share a rank. */
class UnitRankingTest {

    private static ProposalRates rates(long replied, long due, long onTime, long satisfied, long evaluated) {
        return new ProposalRates(StepRate.of(replied, due, onTime, 0), Rate.of(0, replied), Rate.of(0, replied),
                Rate.of(0, replied), Rate.of(satisfied, evaluated), Rate.of(0, evaluated),
                new ProposalCounts(due, due, 0, 0));
    }

    @Test
    void higherRatesFirstTiesShareARankAndNoDataComesLast() {
        Map<String, ProposalRates> byUnit = new LinkedHashMap<>();
        byUnit.put("U-NODATA", rates(0, 0, 0, 0, 0));          // reply rate null: last
        byUnit.put("U-HALF", rates(1, 2, 1, 1, 1));            // 0.5
        byUnit.put("U-B", rates(2, 2, 1, 1, 2));               // 1, on time 0.5, satisfaction 0.5
        byUnit.put("U-A", rates(4, 4, 2, 2, 4));               // 1, on time 0.5, satisfaction 0.5: tied with U-B
        byUnit.put("U-TOP", rates(3, 3, 3, 0, 0));             // 1, on time 1
        byUnit.put("U-SAT", rates(2, 2, 1, 2, 2));             // 1, on time 0.5, satisfaction 1
        List<UnitRanking.Ranked> ranked = UnitRanking.rank(byUnit);
        assertThat(ranked).extracting(UnitRanking.Ranked::unitCode)
                .containsExactly("U-TOP", "U-SAT", "U-A", "U-B", "U-HALF", "U-NODATA");
        assertThat(ranked).extracting(UnitRanking.Ranked::rank).containsExactly(1, 2, 3, 3, 5, 6);
    }

    @Test
    void anEmptyRankingIsEmpty() {
        assertThat(UnitRanking.rank(Map.of())).isEmpty();
    }
}
