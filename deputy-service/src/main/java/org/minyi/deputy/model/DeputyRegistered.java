package org.minyi.deputy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Internal event: a deputy was registered with the mandates they serve. Holds the private contact
 * (personal data) for the service's own use; the public contract must never carry it.
 */
public record DeputyRegistered(UUID deputyId, String townshipCode, String name, Gender gender, LocalDate birthDate,
                               String ethnicity, Party party, Occupation occupation, String electoralDistrict,
                               PrivateContact contact, List<NewMandate> mandates, String recordedBy,
                               String onBehalfOf) {

    @Override
    public String toString() {
        return "DeputyRegistered[" + deputyId + ", township " + townshipCode + "]";
    }
}
