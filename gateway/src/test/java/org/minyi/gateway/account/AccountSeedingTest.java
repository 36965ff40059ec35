package org.minyi.gateway.account;

import org.junit.jupiter.api.Test;
import org.minyi.platform.county.CountyReferenceLoader;
import org.minyi.platform.security.Role;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts declared in configuration are checked before anything is stored; each bad entry is named. */
class AccountSeedingTest {

    @Test
    void badInitialAccountsStopTheStartNamingEachEntry() {
        var properties = new InitialAccountsProperties(List.of(
                new InitialAccountsProperties.InitialAccount("Admin!", AccountKind.PERSON, "{bcrypt}$2a$10$abc",
                        Role.COUNTY_ADMIN, List.of(), null, null),
                new InitialAccountsProperties.InitialAccount("clerk", AccountKind.CLIENT, "plain-text-secret",
                        Role.TOWNSHIP_CLERK, List.of("339999999"), null, null),
                new InitialAccountsProperties.InitialAccount("unit", null, "{bcrypt}$2a$10$abc", null, null, null, null)));
        // No account is touched: the check comes first (hence no service here).
        var seeding = new AccountSeeding(null, properties, CountyReferenceLoader.loadDemo(),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), false);

        assertThatThrownBy(seeding::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minyi.accounts.initial[0].username")
                .hasMessageContaining("minyi.accounts.initial[1].secret-hash")
                .hasMessageContaining("minyi.accounts.initial[1].townships[0]: no such township in this county: 339999999")
                .hasMessageContaining("minyi.accounts.initial[2].kind")
                .hasMessageContaining("minyi.accounts.initial[2].role")
                .hasMessageNotContaining("plain-text-secret");
    }
}
