package org.minyi.reporting.kernel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAccessPolicyTest {

    @ParameterizedTest(name = "{0} scope={1} → own {2}, other {3}, county {4}")
    @CsvSource(nullValues = "-", value = {
            // role,          townships,  own township, other township, whole county
            "COUNTY_ADMIN,    -,          true,  true,  true",
            "VIEWER,          -,          true,  true,  true",
            "LEADER,          -,          true,  true,  true",
            "LEADER,          339901101,  true,  false, false",
            "TOWNSHIP_CLERK,  339901101,  true,  false, false",
            "HANDLING_UNIT,   339901101,  false, false, false",
            "DEPUTY,          -,          false, false, false"})
    void whoReadsWhichFigures(String role, String townships, boolean own, boolean other, boolean county) {
        Caller caller = new Caller("x", Role.valueOf(role),
                townships == null ? List.of() : Arrays.asList(townships.split(";")), null, null);
        assertThat(ReportAccessPolicy.mayRead(caller, "339901101")).isEqualTo(own);
        assertThat(ReportAccessPolicy.mayRead(caller, "339901102")).isEqualTo(other);
        assertThat(ReportAccessPolicy.mayRead(caller, null)).isEqualTo(county);
    }

    @ParameterizedTest(name = "{0} deputy={1} → reads the own row of {2}")
    @CsvSource(nullValues = "-", value = {
            "DEPUTY,         6f1c2a4e-0b5d-4c2e-9a7f-3d8e1b2c4a5f, 6f1c2a4e-0b5d-4c2e-9a7f-3d8e1b2c4a5f",
            "DEPUTY,         -,                                    -",
            "DEPUTY,         not-a-deputy-id,                      -",
            "COUNTY_ADMIN,   6f1c2a4e-0b5d-4c2e-9a7f-3d8e1b2c4a5f, -",
            "TOWNSHIP_CLERK, 6f1c2a4e-0b5d-4c2e-9a7f-3d8e1b2c4a5f, -",
            "VIEWER,         6f1c2a4e-0b5d-4c2e-9a7f-3d8e1b2c4a5f, -"})
    void onlyADeputyReadsTheirOwnPointsRow(String role, String deputyClaim, String self) {
        Caller caller = new Caller("x", Role.valueOf(role), List.of("339901101"), null, deputyClaim);
        assertThat(ReportAccessPolicy.deputySelf(caller).map(java.util.UUID::toString).orElse(null)).isEqualTo(self);
        // The general rule is unchanged: a deputy reads no township's or county's figures.
        if (Role.valueOf(role) == Role.DEPUTY) {
            assertThat(ReportAccessPolicy.mayRead(caller, "339901101")).isFalse();
            assertThat(ReportAccessPolicy.mayRead(caller, null)).isFalse();
        }
    }

    @ParameterizedTest(name = "a token without a known role reads nothing")
    @CsvSource("339901101")
    void unknownRoleReadsNothing(String township) {
        Caller caller = new Caller("x", null, List.of(township), null, null);
        assertThat(ReportAccessPolicy.mayRead(caller, township)).isFalse();
        assertThat(ReportAccessPolicy.mayRead(caller, null)).isFalse();
    }
}
