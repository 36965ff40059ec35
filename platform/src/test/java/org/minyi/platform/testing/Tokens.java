package org.minyi.platform.testing;

import java.util.List;

/** Tokens for the roles tests use most, from {@link TestTokenIssuer}; the account names say who is calling. */
public final class Tokens {

    private Tokens() {
    }

    public static String countyAdmin() {
        return TestTokenIssuer.get().token("test-county-admin", "COUNTY_ADMIN", List.of());
    }

    public static String clerk(String township) {
        return TestTokenIssuer.get().token("test-clerk-" + township, "TOWNSHIP_CLERK", List.of(township));
    }

    public static String leader(String... townships) {
        return TestTokenIssuer.get().token("test-leader", "LEADER", List.of(townships));
    }

    public static String viewer() {
        return TestTokenIssuer.get().token("test-viewer", "VIEWER", List.of());
    }

    public static String unit(String unitCode, String township) {
        return TestTokenIssuer.get().unitToken("test-unit-" + unitCode, unitCode, List.of(township));
    }

    public static String deputy(String deputyId) {
        return TestTokenIssuer.get().deputyToken("test-deputy-" + deputyId, deputyId);
    }
}
