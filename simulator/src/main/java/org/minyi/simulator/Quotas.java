package org.minyi.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Proportions as exact quotas: a share given as a band ({@link SimulationConfig#late()}, {@code overdue()},
 * {@code unsatisfied()}) becomes a whole number of items inside the band for the cohort at hand, dealt to items
 * drawn from the seed. So a small county lands inside the band too, where a coin per item would often miss it.
 * The proposal and petition planners deal their fates here alike.
 */
final class Quotas {

    /** What happens to a mature item; each planner's draft carries one, read when its steps are written. */
    static final class Fate {
        /** One step done after its deadline. */
        boolean late;
        /** One step left undone past its deadline, as of today. */
        boolean overdue;
        /** Found unsatisfied at the first evaluation, and handled again. */
        boolean unsatisfied;
    }

    private Quotas() {
    }

    /** A whole number of items inside the band for a cohort of {@code n}, as near its middle as possible. */
    static int quota(int n, SimulationConfig.Band band) {
        int k = (int) Math.round(band.mid() * n);
        if (n == 0 || band.contains((double) k / n)) {
            return k;
        }
        for (int d = 1; d <= n; d++) {
            if (k - d >= 0 && band.contains((double) (k - d) / n)) {
                return k - d;
            }
            if (k + d <= n && band.contains((double) (k + d) / n)) {
                return k + d;
            }
        }
        return k;
    }

    /**
     * Deals the fates of the mature items: an exact quota of them overdue, another (disjoint) late; then, of those
     * not overdue (they reach an evaluation), an exact quota unsatisfied. Two shuffles of the stream pick who.
     */
    static void deal(List<Fate> mature, SimulationConfig cfg, SplittableRandom r) {
        List<Fate> shuffled = new ArrayList<>(mature);
        Draws.shuffle(shuffled, r);
        int overdue = quota(mature.size(), cfg.overdue());
        int late = quota(mature.size(), cfg.late());
        for (int i = 0; i < shuffled.size(); i++) {
            if (i < overdue) {
                shuffled.get(i).overdue = true;
            } else if (i < overdue + late) {
                shuffled.get(i).late = true;
            }
        }
        List<Fate> evaluated = new ArrayList<>(mature.stream().filter(f -> !f.overdue).toList());
        Draws.shuffle(evaluated, r);
        int unsatisfied = quota(evaluated.size(), cfg.unsatisfied());
        for (int i = 0; i < unsatisfied; i++) {
            evaluated.get(i).unsatisfied = true;
        }
    }
}
