package org.minyi.petition.model;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

/**
 * Which petitioner fields a caller sees (docs/domain.md §8): the county and township offices see everything;
 * the assigned unit sees name, phone and address (it must contact them) and the ID number masked to its
 * first 4 and last 4 characters; a unit accused in the petition sees no identity at all, even if the
 * petition was assigned to it; everyone else sees none.
 */
public final class PetitionerMaskingPolicy {

    /** How much of the petitioners a caller sees. */
    public enum Visibility {
        FULL, MASKED_ID, NONE
    }

    private PetitionerMaskingPolicy() {
    }

    public static Visibility of(Caller caller, PetitionScope petition) {
        boolean unit = caller.is(Role.HANDLING_UNIT) && caller.unitCode() != null;
        if (unit && caller.unitCode().equals(petition.accusedUnitCode())) {
            return Visibility.NONE;
        }
        if (caller.is(Role.COUNTY_ADMIN, Role.TOWNSHIP_CLERK)) {
            return Visibility.FULL;
        }
        if (unit && caller.unitCode().equals(petition.assignedUnitCode())) {
            return Visibility.MASKED_ID;
        }
        return Visibility.NONE;
    }

    /** A petitioner as seen at that visibility (which must not be NONE). */
    public static VisiblePetitioner apply(Visibility visibility, VisiblePetitioner p) {
        if (visibility == Visibility.MASKED_ID) {
            return new VisiblePetitioner(p.personId(), p.name(), maskIdNumber(p.idNumber()), p.phone(), p.address(),
                    p.erased());
        }
        return p;
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
