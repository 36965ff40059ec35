package org.minyi.gateway.account;

import org.junit.jupiter.api.Test;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.county.CountyReferenceLoader;
import org.minyi.platform.security.Role;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which scope each role needs or allows, against the demo county. */
class AccountScopePolicyTest {

    private static final CountyReference COUNTY = CountyReferenceLoader.loadDemo();
    private static final String TOWNSHIP = "339901001";
    private static final String UNIT = "339901001-ZF";

    private static List<String> fields(Role role, AccountScope scope) {
        return AccountScopePolicy.check(role, scope, COUNTY).stream().map(AccountScopePolicy.Violation::field).toList();
    }

    @Test
    void aClerkNeedsAtLeastOneTownshipOfTheCounty() {
        assertThat(fields(Role.TOWNSHIP_CLERK, new AccountScope(List.of(TOWNSHIP), null, null))).isEmpty();
        assertThat(fields(Role.TOWNSHIP_CLERK, AccountScope.NONE)).containsExactly("townships");
        var unknown = AccountScopePolicy.check(Role.TOWNSHIP_CLERK, new AccountScope(List.of(TOWNSHIP, "339999999"), null, null), COUNTY);
        assertThat(unknown).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("townships[1]");
            assertThat(v.unknownReference()).isTrue();
        });
        assertThat(fields(Role.TOWNSHIP_CLERK, new AccountScope(List.of(TOWNSHIP), UNIT, null))).containsExactly("unitCode");
    }

    @Test
    void aLeaderIsCountyLevelWithoutTownshipsOrTownshipLevelWithThem() {
        assertThat(fields(Role.LEADER, AccountScope.NONE)).isEmpty();
        assertThat(fields(Role.LEADER, new AccountScope(List.of(TOWNSHIP, "339901002"), null, null))).isEmpty();
        assertThat(fields(Role.LEADER, new AccountScope(List.of(), null, UUID.randomUUID()))).containsExactly("deputyId");
    }

    @Test
    void aHandlingUnitNeedsAUnitTheCountyKnows() {
        assertThat(fields(Role.HANDLING_UNIT, new AccountScope(List.of(TOWNSHIP), UNIT, null))).isEmpty();
        assertThat(fields(Role.HANDLING_UNIT, new AccountScope(List.of(), "339901-XFJ", null))).isEmpty();
        assertThat(fields(Role.HANDLING_UNIT, AccountScope.NONE)).containsExactly("unitCode");
        var unknown = AccountScopePolicy.check(Role.HANDLING_UNIT, new AccountScope(List.of(), "NOPE", null), COUNTY);
        assertThat(unknown).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("unitCode");
            assertThat(v.unknownReference()).isTrue();
        });
    }

    @Test
    void aDeputyNeedsItsDeputyIdAndNothingElse() {
        assertThat(fields(Role.DEPUTY, new AccountScope(List.of(), null, UUID.randomUUID()))).isEmpty();
        assertThat(fields(Role.DEPUTY, AccountScope.NONE)).containsExactly("deputyId");
        assertThat(fields(Role.DEPUTY, new AccountScope(List.of(TOWNSHIP), null, UUID.randomUUID()))).containsExactly("townships");
    }

    @Test
    void countyAdminsAndViewersTakeNoScope() {
        for (Role role : List.of(Role.COUNTY_ADMIN, Role.VIEWER)) {
            assertThat(fields(role, AccountScope.NONE)).isEmpty();
            assertThat(fields(role, new AccountScope(List.of(TOWNSHIP), UNIT, UUID.randomUUID())))
                    .containsExactly("townships", "unitCode", "deputyId");
        }
    }

    @Test
    void townshipsAreTrimmedAndDeduplicated() {
        assertThat(new AccountScope(List.of(TOWNSHIP, " " + TOWNSHIP + " "), " ", null))
                .isEqualTo(new AccountScope(List.of(TOWNSHIP), null, null));
    }
}
