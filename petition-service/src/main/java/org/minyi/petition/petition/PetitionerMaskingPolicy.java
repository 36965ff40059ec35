package org.minyi.petition.petition;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.List;

/**
 * Which petitioner fields a caller sees (DOMAIN §8): the county and township offices see everything;
 * the assigned unit sees name, phone and address (it must contact them) and the ID number masked to its
 * first 4 and last 4 characters; a unit accused in the petition sees no identity at all, even if the
 * petition was assigned to it; everyone else sees none.
 */
public final class PetitionerMaskingPolicy {

    private PetitionerMaskingPolicy() {
    }

    /** The petitioners as the caller may see them, or {@code null} when the caller may see none. */
    public static List<Petitioner> visibleTo(Caller caller, PetitionView petition) {
        boolean unit = caller.is(Role.HANDLING_UNIT) && caller.unitCode() != null;
        if (unit && caller.unitCode().equals(petition.accusedUnitCode())) {
            return null;
        }
        if (caller.is(Role.COUNTY_ADMIN, Role.TOWNSHIP_CLERK)) {
            return petition.petitioners();
        }
        if (unit && caller.unitCode().equals(petition.assignedUnitCode())) {
            return petition.petitioners().stream()
                    .map(p -> new Petitioner(p.name(), maskIdNumber(p.idNumber()), p.phone(), p.address()))
                    .toList();
        }
        return null;
    }

    /** Keeps the first 4 and last 4 characters (region and check digits), masks the rest. */
    static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() <= 8) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}
