package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/** Internal event: the petition was assigned to the unit in the facts (交办); the completion deadline starts. */
public record PetitionAssigned(UUID petitionId, PetitionFacts facts, LocalDate assignedOn,
                               LocalDate dispositionDeadline, LocalDate completionDeadline, String recordedBy,
                               String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionAssigned[" + petitionId + "]";
    }
}
