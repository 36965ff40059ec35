package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Transfer the petition to the competent body (转办). {@code recordedBy} typed it in, for {@code onBehalfOf} when
 * not null.
 */
public record TransferPetition(@TargetAggregateIdentifier UUID petitionId, LocalDate transferredOn, String body,
                               String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "TransferPetition[" + petitionId + "]";
    }
}
