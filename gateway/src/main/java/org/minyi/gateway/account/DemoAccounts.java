package org.minyi.gateway.account;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * The demo accounts of API.md, scoped to the demo county. Clients (client credentials): secret
 * {@code <client>-secret}; the clerk and the unit belong to the first township, the unit is its first
 * unit. People (interactive login): password {@code <username>-password}, one for every role, so each screen of the
 * web application can be tried.
 */
public final class DemoAccounts {

    /**
     * The demo deputy's id: the demo county's seeding (the simulator's county plan) registers the first deputy of the
     * first township with this id, so {@code demo-deputy} signs in as one of the seeded deputies.
     */
    public static final UUID DEMO_DEPUTY_ID = UUID.fromString("00000000-0000-4000-8000-00000000d001");

    /** One demo account with its password or secret in clear (demo only: documented in the README). */
    record Demo(String username, AccountKind kind, String secret, Role role, AccountScope scope) {

        @Override
        public String toString() {
            return "Demo[" + username + "]";
        }
    }

    private DemoAccounts() {
    }

    static List<Demo> of(CountyReference county) {
        CountyReference.Township first = county.townships().get(0);
        String firstUnit = first.units().isEmpty() ? null : first.units().get(0).code();
        List<String> firstTownship = List.of(first.code());
        return List.of(
                client("demo-admin", Role.COUNTY_ADMIN, AccountScope.NONE),
                client("demo-clerk", Role.TOWNSHIP_CLERK, new AccountScope(firstTownship, null, null)),
                client("demo-unit", Role.HANDLING_UNIT, new AccountScope(firstTownship, firstUnit, null)),
                client("demo-viewer", Role.VIEWER, AccountScope.NONE),
                person("demo-officer", Role.COUNTY_ADMIN, AccountScope.NONE),
                person("demo-township-officer", Role.TOWNSHIP_CLERK, new AccountScope(firstTownship, null, null)),
                person("demo-unit-officer", Role.HANDLING_UNIT, new AccountScope(firstTownship, firstUnit, null)),
                person("demo-leader", Role.LEADER, AccountScope.NONE),
                person("demo-deputy", Role.DEPUTY, new AccountScope(List.of(), null, DEMO_DEPUTY_ID)),
                // A wall screen (大屏): figures only, signed in for days (minyi.auth.dashboard.screen-session).
                person("demo-screen", Role.VIEWER, AccountScope.NONE));
    }

    private static Demo client(String username, Role role, AccountScope scope) {
        return new Demo(username, AccountKind.CLIENT, username + "-secret", role, scope);
    }

    private static Demo person(String username, Role role, AccountScope scope) {
        return new Demo(username, AccountKind.PERSON, username + "-password", role, scope);
    }
}
