package org.minyi.deputy.activity.model;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Who logs and reads duty activities. The office of the township where it took place (or the county
 * office) logs and withdraws; a deputy logs an activity they took part in, and withdraws what they
 * logged. That an activity happened, and who took part, is public (points are published); the place
 * and notes are the office's free text and may name voters, so only the office and the participants
 * read them.
 */
public final class ActivityAccessPolicy {

    private ActivityAccessPolicy() {
    }

    public static boolean mayLog(Caller caller, String townshipCode, List<UUID> deputyIds) {
        if (caller.is(Role.COUNTY_ADMIN) || (caller.is(Role.TOWNSHIP_CLERK) && caller.coversTownship(townshipCode))) {
            return true;
        }
        return caller.is(Role.DEPUTY) && isParticipant(caller, deputyIds);
    }

    public static boolean mayWithdraw(Caller caller, LoggedActivity activity) {
        if (caller.is(Role.COUNTY_ADMIN)
                || (caller.is(Role.TOWNSHIP_CLERK) && caller.coversTownship(activity.townshipCode()))) {
            return true;
        }
        return caller.is(Role.DEPUTY) && caller.account().equals(activity.recordedBy());
    }

    public static boolean mayRead(Caller caller) {
        return caller.role() != null;
    }

    public static boolean maySeeFreeText(Caller caller, LoggedActivity activity) {
        if (caller.is(Role.COUNTY_ADMIN)
                || (caller.is(Role.TOWNSHIP_CLERK) && caller.coversTownship(activity.townshipCode()))) {
            return true;
        }
        return caller.is(Role.DEPUTY) && isParticipant(caller, activity.deputyIds());
    }

    private static boolean isParticipant(Caller caller, List<UUID> deputyIds) {
        return caller.deputyId() != null && deputyIds != null
                && deputyIds.stream().anyMatch(d -> d.toString().equalsIgnoreCase(caller.deputyId()));
    }
}
