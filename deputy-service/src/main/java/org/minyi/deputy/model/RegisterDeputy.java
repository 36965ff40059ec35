package org.minyi.deputy.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Enter a deputy with the mandates they hold. {@code townshipCode} is the home township (the tenancy
 * key); {@code recordedBy} is the account that typed it in and {@code onBehalfOf} whom it acted for, or null.
 */
public record RegisterDeputy(@TargetAggregateIdentifier UUID deputyId, String name, Gender gender,
                             LocalDate birthDate, String ethnicity, Party party, Occupation occupation,
                             String townshipCode, String electoralDistrict, PrivateContact contact,
                             List<NewMandate> mandates, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "RegisterDeputy[" + deputyId + "]";
    }
}
