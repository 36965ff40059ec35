package org.minyi.gateway.auth;

import org.minyi.gateway.account.AccountKind;
import org.minyi.gateway.account.AccountRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Interactive login (the login page) for PERSON accounts only: a client's secret never opens a
 * session. A disabled person cannot log in. The authority is the role, for completeness: what a token
 * allows comes from its claims, read from the account when the token is issued.
 */
@Component
public class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginLockout lockout;

    public AccountUserDetails(AccountRepository accounts, LoginLockout lockout) {
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // Spring's own User: the authorization server stores the login with each authorization (as JSON)
        // and reads it back, which only works for types its Jackson modules allow.
        return accounts.credentials(username)
                .filter(c -> c.account().kind() == AccountKind.PERSON)
                .map(c -> User.withUsername(c.account().username())
                        .password(c.secretHash())
                        .disabled(!c.account().enabled())
                        .accountLocked(lockout.lockedUntil(c.account().username()).isPresent())
                        .authorities("ROLE_" + c.account().role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }
}
