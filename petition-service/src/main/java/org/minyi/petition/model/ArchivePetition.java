package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Archive the petition (归档). {@code recordedBy} typed it in, for {@code onBehalfOf} when not null. */
public record ArchivePetition(@TargetAggregateIdentifier UUID petitionId, LocalDate archivedOn, String recordedBy,
                              String onBehalfOf) {

    @Override
    public String toString() {
        return "ArchivePetition[" + petitionId + "]";
    }
}
