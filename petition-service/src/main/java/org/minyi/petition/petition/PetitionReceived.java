package org.minyi.petition.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Internal event: a petition was taken in. Holds the petitioners (personal data) for the service's
 * own use; the public contract gets only counts (see publishing). Carries the deadlines that start with
 * receipt: registration and disposition.
 */
public record PetitionReceived(UUID petitionId, Channel channel, LocalDate receivedOn, String townshipCode,
                               String villageCode, Integer visitors, List<Petitioner> petitioners,
                               boolean collective, String subject, String content, String accusedUnitCode,
                               LocalDate registrationDeadline, LocalDate dispositionDeadline,
                               String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionReceived[" + petitionId + "]";
    }
}
