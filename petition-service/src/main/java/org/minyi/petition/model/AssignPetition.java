package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Assign the petition to a handling unit (交办). {@code recordedBy} typed it in, for {@code onBehalfOf} when not
 * null.
 */
public record AssignPetition(@TargetAggregateIdentifier UUID petitionId, LocalDate assignedOn, String unitCode,
                             String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "AssignPetition[" + petitionId + "]";
    }
}
