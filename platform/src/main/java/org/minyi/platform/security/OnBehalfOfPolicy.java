package org.minyi.platform.security;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.web.ApiProblem;

import java.util.UUID;

/**
 * Who may record a step for someone else (API.md, Auth): county admins and township clerks may act on
 * behalf of a unit or a deputy; units and deputies record only their own steps. A clerk acts for the
 * units of its own townships and for county-level units (which handle township items too).
 */
public final class OnBehalfOfPolicy {

    private OnBehalfOfPolicy() {
    }

    /**
     * @param onBehalfOf as sent by the caller: {@code unit:<code>}, {@code deputy:<uuid>} or null
     * @throws RuleViolation when the value is malformed or names an unknown unit (400)
     * @throws ApiProblem    403 when the caller may not act for that party
     */
    public static Actor resolve(Caller caller, String onBehalfOf, CountyReference county) {
        if (onBehalfOf == null || onBehalfOf.isBlank()) {
            return new Actor(caller.account(), null);
        }
        String value = onBehalfOf.strip();
        if (value.startsWith("unit:")) {
            String unit = value.substring("unit:".length());
            if (!county.hasUnit(unit)) {
                throw new RuleViolation("onBehalfOf", "没有此单位：" + unit, "no such unit: " + unit);
            }
            requireOffice(caller, unit.startsWith(county.county().code() + "-")
                    || caller.is(Role.COUNTY_ADMIN)
                    || caller.townships().stream().anyMatch(t -> unit.startsWith(t + "-")));
            return new Actor(caller.account(), "unit:" + unit);
        }
        if (value.startsWith("deputy:")) {
            String deputy = value.substring("deputy:".length());
            try {
                UUID.fromString(deputy);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("onBehalfOf", "代表编号格式不正确", "deputy id must be a UUID");
            }
            requireOffice(caller, true);
            return new Actor(caller.account(), "deputy:" + deputy);
        }
        throw new RuleViolation("onBehalfOf", "应为 unit:<单位代码> 或 deputy:<代表编号>",
                "must be unit:<unit code> or deputy:<deputy id>");
    }

    private static void requireOffice(Caller caller, boolean inScope) {
        if (!caller.is(Role.COUNTY_ADMIN, Role.TOWNSHIP_CLERK) || !inScope) {
            throw ApiProblem.forbidden("只有县人大常委会办公室和乡镇人大办可以代为录入，且限于其辖区。",
                    "Only the county office and township clerks may record for someone else, within their scope.");
        }
    }
}
