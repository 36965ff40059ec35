package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the petitioner was answered (答复/告知); the return visit and review request deadlines start. Its
 * free text is the office's case record: kept in the service, never published.
 */
public record PetitionerAnswered(UUID petitionId, PetitionFacts facts, LocalDate answeredOn, AnswerChannel channel,
                                 String text, LocalDate answerDeadline, LocalDate returnVisitDeadline,
                                 LocalDate reviewRequestDeadline, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionerAnswered[" + petitionId + "]";
    }
}
