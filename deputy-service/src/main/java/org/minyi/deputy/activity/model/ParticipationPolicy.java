package org.minyi.deputy.activity.model;

import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.RosterDeputy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may be logged as taking part in an activity: a deputy who held a mandate on the day it took
 * place (elected on or before it, not ended before it). A deputy of any level may take part in any
 * township's activity (a county deputy inspects several townships). The activity asks the roster
 * ({@link org.minyi.deputy.model.Roster}).
 */
public final class ParticipationPolicy {

    private ParticipationPolicy() {
    }

    /** Why the deputy may not be logged as taking part ({@code [zh, en]}), or empty when they may. */
    public static Optional<String[]> refusal(Optional<RosterDeputy> deputy, LocalDate heldOn) {
        if (deputy.isEmpty()) {
            return Optional.of(new String[]{RosterDeputy.NO_SUCH_DEPUTY_ZH, RosterDeputy.NO_SUCH_DEPUTY_EN});
        }
        boolean serving = deputy.get().mandates().stream().anyMatch(m -> servedOn(m, heldOn));
        if (!serving) {
            return Optional.of(new String[]{"活动当日该代表不在任", "the deputy held no mandate on the day of the activity"});
        }
        return Optional.empty();
    }

    static boolean servedOn(Mandate m, LocalDate day) {
        return !m.electedOn().isAfter(day) && (m.endedOn() == null || !m.endedOn().isBefore(day));
    }
}
