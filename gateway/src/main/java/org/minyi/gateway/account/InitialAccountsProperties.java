package org.minyi.gateway.account;

import org.minyi.platform.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.UUID;

/**
 * {@code minyi.accounts.initial[*]}: accounts a deployment declares in its configuration, e.g. its first
 * county admin when {@code MINYI_DEMO=false}. Each is inserted at start if no account of its username
 * exists, and never changed afterwards: from then on the database is the one source of truth and the
 * account API changes it. {@code secret-hash} is the password or secret already hashed
 * ({@code {bcrypt}$2a$10$...}); a clear text secret never sits in configuration.
 */
@ConfigurationProperties("minyi.accounts")
public record InitialAccountsProperties(List<InitialAccount> initial) {

    public InitialAccountsProperties {
        initial = initial == null ? List.of() : List.copyOf(initial);
    }

    public record InitialAccount(String username, AccountKind kind, String secretHash, Role role, List<String> townships,
                                 String unitCode, UUID deputyId) {

        @Override
        public String toString() {
            return "InitialAccount[" + username + "]";
        }
    }
}
