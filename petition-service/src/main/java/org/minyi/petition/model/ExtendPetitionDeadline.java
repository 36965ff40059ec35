package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Extend the completion deadline, once, by at most the configured days, with a reason (延期). {@code recordedBy}
 * typed it in, for {@code onBehalfOf} when not null.
 */
public record ExtendPetitionDeadline(@TargetAggregateIdentifier UUID petitionId, LocalDate on, Integer days,
                                     String reason, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "ExtendPetitionDeadline[" + petitionId + "]";
    }
}
