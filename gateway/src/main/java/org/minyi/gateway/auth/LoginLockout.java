package org.minyi.gateway.auth;

import org.minyi.gateway.account.Account;
import org.minyi.gateway.account.AccountKind;
import org.minyi.gateway.account.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Locks a person's account out of signing in after repeated wrong passwords, for a time that doubles with
 * each further failure: {@code threshold} failures in a row lock it for {@code first}, the next for twice
 * that, up to {@code longest}. A locked account is not asked for its password at all, so guessing stops;
 * a successful sign-in or a new password set by an administrator clears the count. Each lock-out is
 * recorded in the account's history ({@code LOCKED_OUT}) with who was locked and until when is derivable.
 * Unknown usernames are left to the per-username rate limit: there is no account to lock.
 */
@Component
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);
    /** Who a lock-out is recorded as done by: the sign-in itself, not a person. */
    static final String SIGN_IN = "sign-in";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuthProperties.Lockout policy;
    private final Clock clock;

    public LoginLockout(JdbcClient jdbc, AccountRepository accounts, AuthProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.policy = properties.lockout();
        this.clock = Clock.systemUTC();
    }

    /** Until when the account may not sign in, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_failure WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant))
                .optional().flatMap(o -> o)
                .filter(until -> until.isAfter(now));
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        Optional<Account> account = accounts.find(attempt.getName()).filter(a -> a.kind() == AccountKind.PERSON);
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        INSERT INTO login_failure (username, failures, last_failed) VALUES (:username, 1, :now)
                        ON CONFLICT (username) DO UPDATE SET failures = login_failure.failures + 1, last_failed = :now
                        RETURNING failures""")
                .param("username", account.get().username()).param("now", Timestamp.from(now))
                .query(Integer.class).single();
        Duration lock = policy.lockFor(failures);
        if (lock.isZero()) {
            return;
        }
        Instant until = now.plus(lock);
        jdbc.sql("UPDATE login_failure SET locked_until = :until WHERE username = :username")
                .param("until", Timestamp.from(until)).param("username", account.get().username()).update();
        Account a = account.get();
        accounts.recordChange(new Account(a.username(), a.kind(), a.role(), a.scope(), a.enabled(), a.version(),
                a.createdAt(), a.createdBy(), now, SIGN_IN), "LOCKED_OUT");
        log.warn("Account {} locked out of signing in for {} after {} failed attempts", a.username(), lock, failures);
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            clear(event.getAuthentication().getName());
        }
    }

    /** Forgets the failures: after a successful sign-in, or when an administrator sets a new password. */
    public void clear(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :username").param("username", username).update();
    }
}
