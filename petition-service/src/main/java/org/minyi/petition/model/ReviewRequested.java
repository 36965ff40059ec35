package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the petitioner asked for a review (复查): the petition is back with the same unit, in the next
 * round (facts), with a new completion deadline. Its free text is the office's case record: kept in the service,
 * never published.
 */
public record ReviewRequested(UUID petitionId, PetitionFacts facts, LocalDate requestedOn, String reason,
                              LocalDate reviewRequestDeadline, LocalDate completionDeadline, String recordedBy,
                              String onBehalfOf) {

    @Override
    public String toString() {
        return "ReviewRequested[" + petitionId + "]";
    }
}
