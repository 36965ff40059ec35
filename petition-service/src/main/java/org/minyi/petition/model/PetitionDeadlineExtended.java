package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the completion deadline was extended, once (延期). Its free text is the office's case record:
 * kept in the service, never published.
 */
public record PetitionDeadlineExtended(UUID petitionId, PetitionFacts facts, LocalDate on, int days, String reason,
                                       LocalDate previousCompletionDeadline, LocalDate completionDeadline,
                                       String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionDeadlineExtended[" + petitionId + "]";
    }
}
