package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A leader's instruction on the petition (领导阅批). {@code recordedBy} typed it in, for {@code onBehalfOf} when not
 * null.
 */
public record InstructPetition(@TargetAggregateIdentifier UUID petitionId, LocalDate on, String leader,
                               String text, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "InstructPetition[" + petitionId + "]";
    }
}
