package org.minyi.gateway.account;

import org.minyi.platform.county.CountyReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * At start, before the server takes requests: inserts the configured initial accounts and, when
 * {@code minyi.demo} is on, the demo accounts, each only if its username is not taken. Existing
 * accounts are never changed, so what an admin changed survives restarts.
 */
@Component
public class AccountSeeding implements SmartInitializingSingleton {

    static final String SEEDED_BY_CONFIGURATION = "system:configuration";
    static final String SEEDED_BY_DEMO = "system:demo";
    private static final Logger log = LoggerFactory.getLogger(AccountSeeding.class);

    private final AccountService accounts;
    private final InitialAccountsProperties initial;
    private final CountyReference county;
    private final PasswordEncoder encoder;
    private final boolean demo;

    public AccountSeeding(AccountService accounts, InitialAccountsProperties initial, CountyReference county,
                          PasswordEncoder encoder, @Value("${minyi.demo:true}") boolean demo) {
        this.accounts = accounts;
        this.initial = initial;
        this.county = county;
        this.encoder = encoder;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        checkInitialAccounts();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (InitialAccountsProperties.InitialAccount a : initial.initial()) {
            Account account = new Account(a.username(), a.kind(), a.role(),
                    new AccountScope(a.townships(), a.unitCode(), a.deputyId()), true, 1,
                    now, SEEDED_BY_CONFIGURATION, now, SEEDED_BY_CONFIGURATION);
            if (accounts.createIfAbsent(account, a.secretHash())) {
                log.info("Account {} ({}, {}) created from minyi.accounts.initial", a.username(), a.kind(), a.role());
            }
        }
        if (demo) {
            int created = 0;
            for (DemoAccounts.Demo d : DemoAccounts.of(county)) {
                if (accounts.exists(d.username())) {
                    continue; // skips hashing on every restart
                }
                Account account = new Account(d.username(), d.kind(), d.role(), d.scope(), true, 1,
                        now, SEEDED_BY_DEMO, now, SEEDED_BY_DEMO);
                if (accounts.createIfAbsent(account, encoder.encode(d.secret()))) {
                    created++;
                }
            }
            if (created > 0) {
                log.info("{} demo accounts created (MINYI_DEMO=true)", created);
            }
        }
        if (!accounts.hasEnabledCountyAdmin()) {
            log.warn("No enabled COUNTY_ADMIN account: nobody can manage accounts. Declare one in "
                    + "minyi.accounts.initial (see the gateway's application.yml)");
        }
    }

    /** Refuses to start on a bad entry, naming each one (as the county file does). */
    private void checkInitialAccounts() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < initial.initial().size(); i++) {
            InitialAccountsProperties.InitialAccount a = initial.initial().get(i);
            String entry = "minyi.accounts.initial[" + i + "]";
            if (a.username() == null || !a.username().matches(AccountService.USERNAME_PATTERN)) {
                problems.add(entry + ".username: 2 to 64 lower-case letters, digits or . _ @ -");
            }
            if (a.kind() == null) {
                problems.add(entry + ".kind: PERSON or CLIENT");
            }
            if (a.role() == null) {
                problems.add(entry + ".role: one of COUNTY_ADMIN, TOWNSHIP_CLERK, LEADER, DEPUTY, HANDLING_UNIT, VIEWER");
            }
            if (a.secretHash() == null || !a.secretHash().startsWith("{bcrypt}$2")) {
                problems.add(entry + ".secret-hash: a bcrypt hash written {bcrypt}$2a$10$... (never a clear text secret)");
            }
            if (a.role() != null) {
                AccountScopePolicy.check(a.role(), new AccountScope(a.townships(), a.unitCode(), a.deputyId()), county)
                        .forEach(v -> problems.add(entry + "." + v.field() + ": " + v.en()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid initial accounts in the configuration:\n  " + String.join("\n  ", problems));
        }
    }
}
