package org.minyi.deputy.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** End the deputy's serving mandate at {@code level} on {@code endedOn}, for {@code reason}. */
public record EndMandate(@TargetAggregateIdentifier UUID deputyId, MandateLevel level, LocalDate endedOn,
                         MandateEndReason reason, String recordedBy, String onBehalfOf) {
}
