package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/** Internal event: the return visit (回访) was made and the petitioner's satisfaction recorded. */
public record ReturnVisitRecorded(UUID petitionId, PetitionFacts facts, LocalDate visitedOn,
                                  Satisfaction satisfaction, LocalDate returnVisitDeadline, String recordedBy,
                                  String onBehalfOf) {

    @Override
    public String toString() {
        return "ReturnVisitRecorded[" + petitionId + "]";
    }
}
