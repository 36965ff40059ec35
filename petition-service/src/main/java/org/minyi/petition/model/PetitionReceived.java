package org.minyi.petition.model;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Internal event: a petition was taken in. Holds the petitioners sealed, each with their own key
 * (revision 2; revision 1 held them in plain form, see {@code V6__SealPlainPetitioners}); the public
 * contract gets only counts (see publishing). Carries the deadlines that start with receipt: registration
 * and disposition.
 */
@Revision("2")
public record PetitionReceived(UUID petitionId, Channel channel, LocalDate receivedOn, String townshipCode,
                               String villageCode, Integer visitors, List<SealedPetitioner> petitioners,
                               boolean collective, String subject, String content, String accusedUnitCode,
                               LocalDate registrationDeadline, LocalDate dispositionDeadline,
                               String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "PetitionReceived[" + petitionId + "]";
    }
}
