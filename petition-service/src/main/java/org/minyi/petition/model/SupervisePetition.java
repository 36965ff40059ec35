package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision entry (督办): urge or escalate. {@code recordedBy} typed it in, for {@code onBehalfOf} when not
 * null.
 */
public record SupervisePetition(@TargetAggregateIdentifier UUID petitionId, LocalDate on, SupervisionType type,
                                String note, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "SupervisePetition[" + petitionId + "]";
    }
}
