package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Answer the petitioner (答复/反馈; for a petition not accepted, the notice 告知). {@code recordedBy} typed it in, for
 * {@code onBehalfOf} when not null.
 */
public record AnswerPetitioner(@TargetAggregateIdentifier UUID petitionId, LocalDate answeredOn,
                               AnswerChannel channel, String text, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "AnswerPetitioner[" + petitionId + "]";
    }
}
