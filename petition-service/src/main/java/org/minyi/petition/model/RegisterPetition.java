package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Register a received petition (登记): its category, its village when the intake did not know it, its flags and,
 * for a repeat, the original petition with the date it was received ({@code originalReceivedOn}, null when the
 * original is not one the caller may link). {@code recordedBy} typed it in, for {@code onBehalfOf} when not null.
 */
public record RegisterPetition(@TargetAggregateIdentifier UUID petitionId, LocalDate registeredOn,
                               Category category, String villageCode, Set<Flag> flags, UUID repeatOf,
                               LocalDate originalReceivedOn, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "RegisterPetition[" + petitionId + "]";
    }
}
