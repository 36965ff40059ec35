package org.minyi.reporting.kernel;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.Optional;
import java.util.UUID;

/**
 * Who reads which figures. Reports hold no personal data: the county office, leaders and viewers
 * (dashboards) read any township and the county; a township clerk reads its own townships only;
 * deputies and handling units have their own item views instead, except that a deputy reads their own
 * row of the deputies' points ({@link #deputySelf}).
 */
public final class ReportAccessPolicy {

    private ReportAccessPolicy() {
    }

    /** @param townshipCode null for the whole county */
    public static boolean mayRead(Caller caller, String townshipCode) {
        if (caller.is(Role.COUNTY_ADMIN, Role.VIEWER)) {
            return true;
        }
        if (caller.is(Role.LEADER)) {
            return caller.townships().isEmpty() || (townshipCode != null && caller.coversTownship(townshipCode));
        }
        return caller.is(Role.TOWNSHIP_CLERK) && townshipCode != null && caller.coversTownship(townshipCode);
    }

    /**
     * A deputy's own id (the token's {@code deputy} claim), to read only their own row of the deputies' points
     * (我的积分), in their own township; empty for every other role and for a deputy's token without a valid claim.
     */
    public static Optional<UUID> deputySelf(Caller caller) {
        if (!caller.is(Role.DEPUTY) || caller.deputyId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(caller.deputyId()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
