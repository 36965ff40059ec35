package org.minyi.deputy.model;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

/**
 * Who may do what with deputies (docs/domain.md §3, §8). The county office and the clerk of the deputy's home
 * township keep the roster; everyone with a role reads public details. What of a deputy is shown is
 * {@link DeputyContactPolicy}'s.
 */
public final class DeputyAccessPolicy {

    private DeputyAccessPolicy() {
    }

    /** Register a deputy, end a mandate: the county office, or the clerk of the deputy's township. */
    public static boolean mayChange(Caller caller, String townshipCode) {
        return caller.is(Role.COUNTY_ADMIN) || (caller.is(Role.TOWNSHIP_CLERK) && caller.coversTownship(townshipCode));
    }

    /**
     * A deputy's public details (name, levels, township, group) are public (docs/domain.md §7): every account
     * with a role reads them, the private ones only as {@link DeputyContactPolicy} allows.
     */
    public static boolean mayRead(Caller caller, String deputyId, String townshipCode) {
        return caller.role() != null;
    }

    /** The roster, public details for all; contacts as {@link DeputyContactPolicy} allows. */
    public static boolean mayList(Caller caller, String townshipCode) {
        return caller.role() != null;
    }

    /** Without a township asked for, a clerk's or township leader's roster defaults to its own townships. */
    public static boolean listLimitedToOwnTownships(Caller caller) {
        return caller.is(Role.TOWNSHIP_CLERK) || (caller.is(Role.LEADER) && !caller.townships().isEmpty());
    }
}
