package org.minyi.deputy.model;

import org.minyi.platform.security.Caller;

/**
 * Who sees a deputy's private contact (phone, address) and birth date, personal data under docs/domain.md §8:
 * the county office, the clerk of the deputy's home township (they organise the deputy's work) and
 * the deputy themself. Everyone else who may read the deputy sees public details only.
 */
public final class DeputyContactPolicy {

    private DeputyContactPolicy() {
    }

    public static boolean maySeeContact(Caller caller, String deputyId, String townshipCode) {
        if (caller.role() == null) {
            return false;
        }
        return switch (caller.role()) {
            case COUNTY_ADMIN -> true;
            case TOWNSHIP_CLERK -> caller.coversTownship(townshipCode);
            case DEPUTY -> caller.deputyId() != null && caller.deputyId().equalsIgnoreCase(deputyId);
            case LEADER, HANDLING_UNIT, VIEWER -> false;
        };
    }
}
