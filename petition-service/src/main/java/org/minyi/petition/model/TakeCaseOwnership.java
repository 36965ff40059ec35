package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A leader takes personal ownership of the case (领导包案). {@code recordedBy} typed it in, for {@code onBehalfOf}
 * when not null.
 */
public record TakeCaseOwnership(@TargetAggregateIdentifier UUID petitionId, LocalDate on, String leader,
                                String note, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "TakeCaseOwnership[" + petitionId + "]";
    }
}
