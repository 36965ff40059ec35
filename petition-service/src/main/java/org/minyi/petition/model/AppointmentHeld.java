package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: a leader met the petitioner by appointment (领导约访). Its free text is the office's case record:
 * kept in the service, never published.
 */
public record AppointmentHeld(UUID petitionId, PetitionFacts facts, LocalDate on, String leader, String note,
                              String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "AppointmentHeld[" + petitionId + "]";
    }
}
