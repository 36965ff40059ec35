package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: the petition was registered (登记): category, village and flags are in the facts; {@code
 * repeatOf} links a repeat to its original. Carries the registration deadline it was judged against and the
 * disposition deadline now running.
 */
public record PetitionRegistered(UUID petitionId, PetitionFacts facts, LocalDate registeredOn,
                                 UUID repeatOf, LocalDate registrationDeadline,
                                 LocalDate dispositionDeadline, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionRegistered[" + petitionId + "]";
    }
}
