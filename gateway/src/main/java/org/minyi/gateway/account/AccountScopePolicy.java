package org.minyi.gateway.account;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Which scope each role needs or allows (DOMAIN §8):
 * <ul>
 *   <li>{@code TOWNSHIP_CLERK}: at least one township of the county;</li>
 *   <li>{@code LEADER}: townships of the county, or none for a county-level leader;</li>
 *   <li>{@code HANDLING_UNIT}: a unit known to the county, optionally the townships it serves;</li>
 *   <li>{@code DEPUTY}: the deputy's id;</li>
 *   <li>{@code COUNTY_ADMIN}, {@code VIEWER}: no scope at all.</li>
 * </ul>
 * A part the role does not take is refused rather than ignored, so a token never carries a scope that
 * nobody reads. Missing or refused parts are malformed input (400); a township or unit the county does
 * not have is an unknown reference (422).
 */
public final class AccountScopePolicy {

    /** One problem with the scope; {@code unknownReference} for a township or unit the county does not have. */
    public record Violation(String field, String zh, String en, boolean unknownReference) {
    }

    private AccountScopePolicy() {
    }

    public static List<Violation> check(Role role, AccountScope scope, CountyReference county) {
        List<Violation> violations = new ArrayList<>();
        boolean townships = role == Role.TOWNSHIP_CLERK || role == Role.LEADER || role == Role.HANDLING_UNIT;
        boolean unit = role == Role.HANDLING_UNIT;
        boolean deputy = role == Role.DEPUTY;

        if (!townships && !scope.townships().isEmpty()) {
            violations.add(notForRole("townships", role));
        }
        if (role == Role.TOWNSHIP_CLERK && scope.townships().isEmpty()) {
            violations.add(new Violation("townships", "乡镇人大办账号至少需要一个乡镇",
                    "a township clerk needs at least one township", false));
        }
        if (townships) {
            for (int i = 0; i < scope.townships().size(); i++) {
                String code = scope.townships().get(i);
                if (county.township(code).isEmpty()) {
                    violations.add(new Violation("townships[" + i + "]", "本县没有此乡镇：" + code,
                            "no such township in this county: " + code, true));
                }
            }
        }

        if (!unit && scope.unitCode() != null) {
            violations.add(notForRole("unitCode", role));
        }
        if (unit && scope.unitCode() == null) {
            violations.add(new Violation("unitCode", "承办单位账号需要单位代码", "a handling unit needs its unit code", false));
        } else if (unit && !county.hasUnit(scope.unitCode())) {
            violations.add(new Violation("unitCode", "没有此单位：" + scope.unitCode(),
                    "no such unit: " + scope.unitCode(), true));
        }

        if (!deputy && scope.deputyId() != null) {
            violations.add(notForRole("deputyId", role));
        }
        if (deputy && scope.deputyId() == null) {
            violations.add(new Violation("deputyId", "代表账号需要代表编号", "a deputy needs the deputy's id", false));
        }
        return violations;
    }

    private static Violation notForRole(String field, Role role) {
        return new Violation(field, "角色 " + role + " 不设此范围", "role " + role + " takes no " + field, false);
    }
}
