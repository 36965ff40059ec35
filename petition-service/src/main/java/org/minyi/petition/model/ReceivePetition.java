package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Take in a petition on some channel, its petitioners already sealed (the petition never sees them in
 * plain form); {@code recordedBy} is the account that typed it in and
 * {@code onBehalfOf} whom it acted for (e.g. {@code deputy:<id>} for a deputy's referral), or null.
 */
public record ReceivePetition(@TargetAggregateIdentifier UUID petitionId, Channel channel, LocalDate receivedOn,
                              String townshipCode, String villageCode, Integer visitors,
                              List<SealedPetitioner> petitioners, String subject, String content,
                              String accusedUnitCode, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "ReceivePetition[" + petitionId + "]";
    }
}
