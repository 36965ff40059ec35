package org.minyi.petition.model;

import java.time.LocalDate;

/**
 * The deadline of each step of one petition, as the events set them (docs/domain.md §5): null until the step
 * before it happened. The deadline a petition is judged by is the one of the step it waits for, {@link #of}.
 */
public record StepDeadlines(LocalDate registration, LocalDate disposition, LocalDate completion,
                            LocalDate answer, LocalDate returnVisit, LocalDate reviewRequest) {

    /** The deadline of that step; none for archiving, nor when nothing is pending (null). */
    public LocalDate of(DueStep step) {
        if (step == null) {
            return null;
        }
        return switch (step) {
            case REGISTER -> registration;
            case DISPOSE -> disposition;
            case COMPLETE -> completion;
            case ANSWER -> answer;
            case RETURN_VISIT -> returnVisit;
            case ARCHIVE -> null;
        };
    }
}
