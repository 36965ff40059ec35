package org.minyi.reporting;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

/**
 * Who reads which figures. Reports hold no personal data: the county office, leaders and viewers
 * (dashboards) read any township and the county; a township clerk reads its own townships only;
 * deputies and handling units have their own item views instead.
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
}
