package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the petition was transferred to a competent body (转办); the completion deadline starts. Its
 * free text is the office's case record: kept in the service, never published.
 */
public record PetitionTransferred(UUID petitionId, PetitionFacts facts, LocalDate transferredOn, String body,
                                  LocalDate dispositionDeadline, LocalDate completionDeadline, String recordedBy,
                                  String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionTransferred[" + petitionId + "]";
    }
}
