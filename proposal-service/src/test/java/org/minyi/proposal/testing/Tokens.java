package org.minyi.proposal.testing;

import org.minyi.platform.testing.TestInfrastructure;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.UUID;

/** The tokens of each role this service's tests use, from the platform's test issuer. */
public final class Tokens {

    private Tokens() {
    }

    /** A fresh database and the test issuer for a service under test. */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        TestInfrastructure.register(registry, databasePrefix);
    }

    public static String admin() {
        return TestTokenIssuer.get().token("demo-admin", "COUNTY_ADMIN", List.of());
    }

    public static String clerk(String township) {
        return TestTokenIssuer.get().token("clerk-" + township, "TOWNSHIP_CLERK", List.of(township));
    }

    public static String leader(String township) {
        return TestTokenIssuer.get().token("leader-" + township, "LEADER", List.of(township));
    }

    public static String viewer() {
        return TestTokenIssuer.get().token("demo-viewer", "VIEWER", List.of());
    }

    public static String unit(String unitCode) {
        return TestTokenIssuer.get().unitToken("unit-" + unitCode, unitCode, List.of());
    }

    public static String deputy(UUID deputyId) {
        return TestTokenIssuer.get().deputyToken("deputy-" + deputyId.toString().substring(0, 8), deputyId.toString());
    }
}
