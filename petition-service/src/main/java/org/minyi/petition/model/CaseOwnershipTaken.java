package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: a leader took personal ownership of the case (领导包案). Its free text is the office's case
 * record: kept in the service, never published.
 */
public record CaseOwnershipTaken(UUID petitionId, PetitionFacts facts, LocalDate on, String leader, String note,
                                 String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "CaseOwnershipTaken[" + petitionId + "]";
    }
}
