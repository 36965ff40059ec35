package org.minyi.deputy.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the deputy's serving mandate at {@code level} ended on {@code endedOn}. Names the
 * congress and term of the mandate that ended, so projections need not look it up.
 */
public record MandateEnded(UUID deputyId, String townshipCode, MandateLevel level, String congressCode, int term,
                           LocalDate endedOn, MandateEndReason reason, String recordedBy, String onBehalfOf) {
}
