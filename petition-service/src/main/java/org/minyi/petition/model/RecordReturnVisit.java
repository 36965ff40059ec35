package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record the return visit (回访) and the petitioner's satisfaction. {@code recordedBy} typed it in, for {@code
 * onBehalfOf} when not null.
 */
public record RecordReturnVisit(@TargetAggregateIdentifier UUID petitionId, LocalDate visitedOn,
                                Satisfaction satisfaction, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "RecordReturnVisit[" + petitionId + "]";
    }
}
