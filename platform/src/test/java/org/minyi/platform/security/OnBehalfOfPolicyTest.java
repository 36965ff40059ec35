package org.minyi.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.county.CountyReferenceLoader;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.web.ApiProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnBehalfOfPolicyTest {

    private static final CountyReference COUNTY = CountyReferenceLoader.loadDemo();
    private static final String DEPUTY = "deputy:6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11";

    private static Caller caller(String role, String township) {
        return new Caller("someone", Role.valueOf(role), township == null ? List.of() : List.of(township), null, null);
    }

    @ParameterizedTest(name = "{0} of {1} for {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "COUNTY_ADMIN,   -,          unit:339901101-ZF,  ALLOWED",
            "COUNTY_ADMIN,   -,          unit:339901-ZJ,     ALLOWED",
            "TOWNSHIP_CLERK, 339901101,  unit:339901101-ZF,  ALLOWED",
            "TOWNSHIP_CLERK, 339901101,  unit:339901-ZJ,     ALLOWED",
            "TOWNSHIP_CLERK, 339901101,  unit:339901102-ZF,  403",
            "TOWNSHIP_CLERK, 339901101,  " + DEPUTY + ",     ALLOWED",
            "HANDLING_UNIT,  339901101,  unit:339901101-ZF,  403",
            "DEPUTY,         -,          " + DEPUTY + ",     403",
            "LEADER,         -,          unit:339901101-ZF,  403",
            "COUNTY_ADMIN,   -,          unit:339901101-NOPE, 400",
            "COUNTY_ADMIN,   -,          deputy:42,          400",
            "COUNTY_ADMIN,   -,          someone-else,       400"})
    void whoMayActForWhom(String role, String township, String onBehalfOf, String expected) {
        Caller caller = caller(role, township);
        switch (expected) {
            case "ALLOWED" -> {
                Actor actor = OnBehalfOfPolicy.resolve(caller, onBehalfOf, COUNTY);
                assertThat(actor.recordedBy()).isEqualTo("someone");
                assertThat(actor.onBehalfOf()).isEqualTo(onBehalfOf);
            }
            case "403" -> assertThatThrownBy(() -> OnBehalfOfPolicy.resolve(caller, onBehalfOf, COUNTY))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status().value()).isEqualTo(403));
            default -> assertThatThrownBy(() -> OnBehalfOfPolicy.resolve(caller, onBehalfOf, COUNTY))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("onBehalfOf"));
        }
    }

    @ParameterizedTest(name = "without onBehalfOf anyone records as themselves")
    @CsvSource({"HANDLING_UNIT", "DEPUTY", "VIEWER"})
    void withoutOnBehalfOf(String role) {
        Actor actor = OnBehalfOfPolicy.resolve(caller(role, null), null, COUNTY);
        assertThat(actor).isEqualTo(new Actor("someone", null));
    }
}
