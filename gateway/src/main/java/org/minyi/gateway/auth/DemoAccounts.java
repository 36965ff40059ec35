package org.minyi.gateway.auth;

import org.minyi.platform.county.CountyReference;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * The demo accounts of API.md, scoped to the demo county: each secret is {@code <client>-secret}.
 * The clerk and the unit belong to the first township.
 */
final class DemoAccounts {

    private DemoAccounts() {
    }

    static List<ClientAccount> of(CountyReference county, PasswordEncoder encoder) {
        CountyReference.Township first = county.townships().get(0);
        String firstUnit = first.units().isEmpty() ? null : first.units().get(0).code();
        return List.of(
                account("demo-admin", "COUNTY_ADMIN", List.of(), null, encoder),
                account("demo-clerk", "TOWNSHIP_CLERK", List.of(first.code()), null, encoder),
                account("demo-unit", "HANDLING_UNIT", List.of(first.code()), firstUnit, encoder),
                account("demo-viewer", "VIEWER", List.of(), null, encoder));
    }

    private static ClientAccount account(String id, String role, List<String> townships, String unit, PasswordEncoder encoder) {
        return new ClientAccount(id, encoder.encode(id + "-secret"), role, townships, unit);
    }
}
