package org.minyi.reporting.proposal.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking of handling units (docs/domain.md §6, "ranking of units"). Our decision, the sources name no order: by reply
 * rate, then on-time rate, then satisfaction rate, each highest first and "no data" after any figure; then by unit
 * code for a stable order. Units equal on the three rates share a rank (1, 2, 2, 4).
 */
public final class UnitRanking {

    private static final Comparator<BigDecimal> HIGH_FIRST = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
    private static final Comparator<ProposalRates> BY_RATES = Comparator
            .comparing((ProposalRates r) -> r.reply().rate(), HIGH_FIRST)
            .thenComparing(r -> r.reply().onTimeRate(), HIGH_FIRST)
            .thenComparing(r -> r.satisfaction().rate(), HIGH_FIRST);

    private UnitRanking() {
    }

    public record Ranked(int rank, String unitCode, ProposalRates rates) {
    }

    public static List<Ranked> rank(Map<String, ProposalRates> byUnit) {
        List<Map.Entry<String, ProposalRates>> ordered = byUnit.entrySet().stream()
                .sorted(Map.Entry.<String, ProposalRates>comparingByValue(BY_RATES).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i == 0 || BY_RATES.compare(ordered.get(i - 1).getValue(), ordered.get(i).getValue()) != 0) {
                rank = i + 1;
            }
            ranked.add(new Ranked(rank, ordered.get(i).getKey(), ordered.get(i).getValue()));
        }
        return ranked;
    }
}
