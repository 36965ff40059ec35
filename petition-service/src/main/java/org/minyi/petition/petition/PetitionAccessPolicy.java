package org.minyi.petition.petition;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

/**
 * Who may do what with petitions (DOMAIN §1, §8). The congress office does not handle petitions
 * itself, so intake is the township office's (or the county office's); a unit sees only what was
 * assigned to it; deputies and viewers have no access to individual petitions.
 */
public final class PetitionAccessPolicy {

    private PetitionAccessPolicy() {
    }

    public static boolean mayReceive(Caller caller, String townshipCode) {
        return caller.is(Role.COUNTY_ADMIN) || (caller.is(Role.TOWNSHIP_CLERK) && caller.coversTownship(townshipCode));
    }

    public static boolean mayRead(Caller caller, PetitionView petition) {
        if (caller.role() == null) {
            return false;
        }
        return switch (caller.role()) {
            case COUNTY_ADMIN -> true;
            case TOWNSHIP_CLERK, LEADER -> caller.coversTownship(petition.townshipCode());
            case HANDLING_UNIT -> caller.unitCode() != null && caller.unitCode().equals(petition.assignedUnitCode());
            case DEPUTY, VIEWER -> false;
        };
    }
}
