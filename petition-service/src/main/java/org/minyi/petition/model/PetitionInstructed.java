package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: a leader instructed on the petition (领导阅批). Its free text is the office's case record: kept in
 * the service, never published.
 */
public record PetitionInstructed(UUID petitionId, PetitionFacts facts, LocalDate on, String leader, String text,
                                 String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionInstructed[" + petitionId + "]";
    }
}
