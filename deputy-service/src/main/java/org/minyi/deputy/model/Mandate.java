package org.minyi.deputy.model;

import java.time.LocalDate;

/** A mandate held by a deputy, serving or ended; {@code endedOn} and {@code endReason} are set once ended. */
public record Mandate(MandateLevel level, String congressCode, int term, LocalDate electedOn,
                      MandateStatus status, LocalDate endedOn, MandateEndReason endReason) {

    static Mandate serving(NewMandate mandate) {
        return new Mandate(mandate.level(), mandate.congressCode(), mandate.term(), mandate.electedOn(),
                MandateStatus.onElection(), null, null);
    }

    public boolean isServing() {
        return status == MandateStatus.SERVING;
    }

    Mandate ended(LocalDate on, MandateEndReason reason) {
        return new Mandate(level, congressCode, term, electedOn, status.afterEnd(), on, reason);
    }
}
