package org.minyi.deputy.model;

import java.time.LocalDate;
import java.util.UUID;

/** Internal event: a registered deputy started serving a further mandate, elected on {@code electedOn}. */
public record MandateAdded(UUID deputyId, String townshipCode, MandateLevel level, String congressCode, int term,
                           LocalDate electedOn, String recordedBy, String onBehalfOf) {
}
