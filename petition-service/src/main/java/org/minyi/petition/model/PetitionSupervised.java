package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: a supervision entry (督办) on the step the petition waits for, with that step's deadline. Its
 * free text is the office's case record: kept in the service, never published.
 */
public record PetitionSupervised(UUID petitionId, PetitionFacts facts, LocalDate on, SupervisionType type,
                                 DueStep step, LocalDate stepDeadline, String note, String recordedBy,
                                 String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionSupervised[" + petitionId + "]";
    }
}
