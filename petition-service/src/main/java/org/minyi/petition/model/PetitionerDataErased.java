package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Internal event: these petitioners' personal data was erased on {@code erasedOn}; their keys are
 * destroyed in the same transaction, so their sealed fields, in this store and in the view, open for no
 * one. Not published: subscribers never had personal data.
 */
public record PetitionerDataErased(UUID petitionId, String townshipCode, List<UUID> personIds, LocalDate erasedOn,
                                   String recordedBy, String onBehalfOf) {
}
