package org.minyi.reporting;

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

    @ParameterizedTest(name = "a token without a known role reads nothing")
    @CsvSource("339901101")
    void unknownRoleReadsNothing(String township) {
        Caller caller = new Caller("x", null, List.of(township), null, null);
        assertThat(ReportAccessPolicy.mayRead(caller, township)).isFalse();
        assertThat(ReportAccessPolicy.mayRead(caller, null)).isFalse();
    }
}
