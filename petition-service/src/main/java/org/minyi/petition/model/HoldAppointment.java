package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A leader met the petitioner by appointment (领导约访). {@code recordedBy} typed it in, for {@code onBehalfOf} when
 * not null.
 */
public record HoldAppointment(@TargetAggregateIdentifier UUID petitionId, LocalDate on, String leader, String note,
                              String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "HoldAppointment[" + petitionId + "]";
    }
}
