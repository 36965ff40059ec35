package org.minyi.petition.model;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with petitions (docs/domain.md §1, §8; docs/ARCHITECTURE.md "Access"). The congress office does
 * not handle petitions itself but records every step, for its township (a clerk) or any (the county
 * admin), on behalf of a unit when it types in a unit's paper; a leader instructs, owns cases, meets
 * petitioners and supervises, within its scope; the assigned unit records its own handling steps
 * (extension, completion, answer) and sees only what was assigned to it; deputies and viewers have no
 * access to individual petitions.
 */
public final class PetitionAccessPolicy {

    /** The steps a leader records itself. */
    public static final Set<PetitionAction> LEADER_STEPS = Set.copyOf(EnumSet.of(PetitionAction.INSTRUCT,
            PetitionAction.TAKE_OWNERSHIP, PetitionAction.HOLD_APPOINTMENT, PetitionAction.SUPERVISE));
    /** The steps the assigned unit records itself. */
    public static final Set<PetitionAction> UNIT_STEPS = Set.copyOf(EnumSet.of(PetitionAction.EXTEND,
            PetitionAction.COMPLETE, PetitionAction.ANSWER));

    private PetitionAccessPolicy() {
    }

    public static boolean mayReceive(Caller caller, String townshipCode) {
        return isOffice(caller, townshipCode);
    }

    public static boolean mayRead(Caller caller, PetitionScope petition) {
        if (caller.role() == null) {
            return false;
        }
        return switch (caller.role()) {
            case COUNTY_ADMIN -> true;
            case TOWNSHIP_CLERK, LEADER -> caller.coversTownship(petition.townshipCode());
            case HANDLING_UNIT -> isAssignedUnit(caller, petition);
            case DEPUTY, VIEWER -> false;
        };
    }

    /**
     * Which petitions a caller may list: {@code townships} null means every township, {@code unitCode} non-null
     * limits to the petitions assigned to that unit. Empty when the caller may list none (deputies, viewers).
     */
    public record ListScope(List<String> townships, String unitCode) {
    }

    public static Optional<ListScope> listScope(Caller caller) {
        if (caller.role() == null) {
            return Optional.empty();
        }
        return switch (caller.role()) {
            case COUNTY_ADMIN -> Optional.of(new ListScope(null, null));
            case LEADER -> Optional.of(new ListScope(caller.townships().isEmpty() ? null : caller.townships(), null));
            case TOWNSHIP_CLERK -> Optional.of(new ListScope(caller.townships(), null));
            case HANDLING_UNIT -> caller.unitCode() == null ? Optional.empty()
                    : Optional.of(new ListScope(null, caller.unitCode()));
            case DEPUTY, VIEWER -> Optional.empty();
        };
    }

    /** Whether the caller may record the step on the petition (whether the state allows it is the lifecycle's). */
    public static boolean mayRecord(Caller caller, PetitionScope petition, PetitionAction action) {
        if (isOffice(caller, petition.townshipCode())) {
            return true;
        }
        if (caller.is(Role.LEADER)) {
            return caller.coversTownship(petition.townshipCode()) && LEADER_STEPS.contains(action);
        }
        return isAssignedUnit(caller, petition) && UNIT_STEPS.contains(action);
    }

    /** Erasing a petitioner's personal data is the county admin's or the clerk's of the petition's township. */
    public static boolean mayErase(Caller caller, PetitionScope petition) {
        return isOffice(caller, petition.townshipCode());
    }

    private static boolean isOffice(Caller caller, String townshipCode) {
        return caller.is(Role.COUNTY_ADMIN) || (caller.is(Role.TOWNSHIP_CLERK) && caller.coversTownship(townshipCode));
    }

    private static boolean isAssignedUnit(Caller caller, PetitionScope petition) {
        return caller.is(Role.HANDLING_UNIT) && caller.unitCode() != null
                && caller.unitCode().equals(petition.assignedUnitCode());
    }
}
