package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the petition was not accepted (不予受理); the petitioner must be told within the answer deadline.
 * Its free text is the office's case record: kept in the service, never published.
 */
public record PetitionNotAccepted(UUID petitionId, PetitionFacts facts, LocalDate decidedOn, String reason,
                                  LocalDate dispositionDeadline, LocalDate answerDeadline, String recordedBy,
                                  String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionNotAccepted[" + petitionId + "]";
    }
}
