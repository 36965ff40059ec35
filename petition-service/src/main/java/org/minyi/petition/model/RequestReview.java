package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The petitioner asks for a review (复查) within the window after the answer: back to the same unit. {@code
 * recordedBy} typed it in, for {@code onBehalfOf} when not null.
 */
public record RequestReview(@TargetAggregateIdentifier UUID petitionId, LocalDate requestedOn, String reason,
                            String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "RequestReview[" + petitionId + "]";
    }
}
