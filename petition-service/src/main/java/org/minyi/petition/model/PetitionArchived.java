package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/** Internal event: the petition was archived (归档). */
public record PetitionArchived(UUID petitionId, PetitionFacts facts, LocalDate archivedOn, String recordedBy,
                               String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionArchived[" + petitionId + "]";
    }
}
