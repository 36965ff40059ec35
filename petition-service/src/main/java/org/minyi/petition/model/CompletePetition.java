package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Report the petition completed (办结), with the result. {@code recordedBy} typed it in, for {@code onBehalfOf}
 * when not null.
 */
public record CompletePetition(@TargetAggregateIdentifier UUID petitionId, LocalDate completedOn, String result,
                               String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "CompletePetition[" + petitionId + "]";
    }
}
