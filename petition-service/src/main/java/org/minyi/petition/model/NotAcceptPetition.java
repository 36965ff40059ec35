package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Decide not to accept the petition (不予受理), with the reason. {@code recordedBy} typed it in, for {@code
 * onBehalfOf} when not null.
 */
public record NotAcceptPetition(@TargetAggregateIdentifier UUID petitionId, LocalDate decidedOn, String reason,
                                String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "NotAcceptPetition[" + petitionId + "]";
    }
}
