package org.minyi.petition.model;

import java.util.UUID;

/**
 * A petitioner as events, commands and the view hold them: the person's id and their fields sealed with
 * the person's own key (see {@code personaldata}). Opening needs the key; once the key is destroyed
 * (erasure) nothing opens it, and the history keeps its shape. {@code sealed} is null in the view once
 * the person was erased.
 */
public record SealedPetitioner(UUID personId, String sealed) {

    @Override
    public String toString() {
        return "SealedPetitioner[" + personId + "]";
    }
}
