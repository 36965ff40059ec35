package org.minyi.petition.model;

import java.util.UUID;

/**
 * A petitioner as the API shows it to a role that may see petitioners: {@code personId} names the person
 * for erasure; after erasure every personal field is null and {@code erased} is true.
 */
public record VisiblePetitioner(UUID personId, String name, String idNumber, String phone, String address,
                                boolean erased) {

    public static VisiblePetitioner of(UUID personId, Petitioner p) {
        return new VisiblePetitioner(personId, p.name(), p.idNumber(), p.phone(), p.address(), false);
    }

    public static VisiblePetitioner erased(UUID personId) {
        return new VisiblePetitioner(personId, null, null, null, null, true);
    }

    @Override
    public String toString() {
        return "VisiblePetitioner[personal data]";
    }
}
