package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: handling was completed (办结); the answer deadline starts. Its free text is the office's case
 * record: kept in the service, never published.
 */
public record PetitionCompleted(UUID petitionId, PetitionFacts facts, LocalDate completedOn, String result,
                                LocalDate completionDeadline, LocalDate answerDeadline, String recordedBy,
                                String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionCompleted[" + petitionId + "]";
    }
}
