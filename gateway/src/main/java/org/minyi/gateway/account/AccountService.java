package org.minyi.gateway.account;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Role;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.ApiProblem.Message;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creating and changing accounts: every rule lives here, whether the change comes from the account API,
 * the demo seeding or the configured initial accounts. Passwords and secrets are hashed before they
 * are stored and never logged or returned. Each change is appended to {@code account_change}.
 */
@Service
public class AccountService {

    /** The browser dashboard's public OAuth2 client; no account may take its name. */
    public static final String DASHBOARD_CLIENT_ID = "minyi-dashboard";
    /** Lower-case letters, digits and {@code . _ @ -}, 2 to 64 characters: safe in a client id and in HTTP Basic. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{1,63}";
    public static final int MIN_SECRET_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer secret is refused rather than silently cut. */
    public static final int MAX_SECRET_BYTES = 72;

    private static final Set<String> RESERVED = Set.of(DASHBOARD_CLIENT_ID);
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CountyReference county;
    private final Clock clock;

    public AccountService(AccountRepository accounts, PasswordEncoder encoder, CountyReference county) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.county = county;
        this.clock = Clock.systemUTC();
    }

    /** What a new account is; {@code secret} is the password or client secret in clear. */
    public record NewAccount(String username, AccountKind kind, String secret, Role role, AccountScope scope,
                             boolean enabled) {

        @Override
        public String toString() {
            return "NewAccount[" + username + ", " + kind + ", " + role + "]";
        }
    }

    /** Creates the account; 409 if the username is taken. */
    @Transactional
    public Account create(NewAccount request, String actor) {
        checkUsername(request.username());
        checkSecret("password", request.secret(), request.username());
        checkScope(request.role(), request.scope());
        if (RESERVED.contains(request.username())) {
            throw usernameTaken(request.username());
        }
        Instant now = now();
        Account account = new Account(request.username(), request.kind(), request.role(), request.scope(),
                request.enabled(), 1, now, actor, now, actor);
        if (!accounts.insertIfAbsent(account, encoder.encode(request.secret()))) {
            throw usernameTaken(request.username());
        }
        accounts.recordChange(account, "CREATED");
        return accounts.find(account.username()).orElseThrow();
    }

    /**
     * Inserts an account unless its username exists, with its secret given already hashed; never changes
     * an existing account. Whether it was inserted.
     */
    @Transactional
    public boolean createIfAbsent(Account account, String secretHash) {
        checkUsername(account.username());
        checkScope(account.role(), account.scope());
        if (RESERVED.contains(account.username())) {
            throw new RuleViolation("username", "此用户名已保留：" + account.username(),
                    "this username is reserved: " + account.username());
        }
        if (!accounts.insertIfAbsent(account, secretHash)) {
            return false;
        }
        accounts.recordChange(account, "CREATED");
        return true;
    }

    /**
     * Replaces role, scope and enabled flag. {@code expectedVersion} (from If-Match) may be null;
     * when given and stale: 412. The last enabled county admin cannot be demoted or disabled (409).
     */
    @Transactional
    public Account update(String username, Long expectedVersion, Role role, AccountScope scope, boolean enabled,
                          String actor) {
        Account current = existing(username);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw stale(current);
        }
        checkScope(role, scope);
        boolean losesAdmin = current.role() == Role.COUNTY_ADMIN && current.enabled()
                && (role != Role.COUNTY_ADMIN || !enabled);
        if (losesAdmin && accounts.lockEnabledAdmins().stream().allMatch(username::equals)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "last-admin",
                    new Message("不能移除最后一个县级管理员", "Cannot remove the last county admin"),
                    new Message("这是唯一启用的县级管理员账号；请先设立另一个县级管理员。",
                            "This is the only enabled county admin account; make another county admin first."));
        }
        if (!accounts.update(username, current.version(), role, scope, enabled, now(), actor)) {
            throw stale(existing(username));
        }
        Account updated = existing(username);
        accounts.recordChange(updated, "UPDATED");
        return updated;
    }

    /** Sets a new password (a person's) or secret (a client's). */
    @Transactional
    public Account setSecret(String username, String secret, String actor) {
        existing(username);
        checkSecret("password", secret, username);
        accounts.setSecret(username, encoder.encode(secret), now(), actor);
        Account updated = existing(username);
        accounts.recordChange(updated, "SECRET_SET");
        return updated;
    }

    /** Whether anyone can manage accounts at all. */
    public boolean hasEnabledCountyAdmin() {
        return accounts.countEnabledAdmins() > 0;
    }

    public boolean exists(String username) {
        return accounts.find(username).isPresent();
    }

    public Account get(String username) {
        return existing(username);
    }

    public record Page(List<Account> items, int page, int size, long total) {
    }

    /** Page {@code page} (from 0) of {@code size} accounts, by username. */
    @Transactional(readOnly = true)
    public Page page(int page, int size) {
        return new Page(accounts.page(Math.multiplyExact(page, size), size), page, size, accounts.count());
    }

    private Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> ApiProblem.notFound("账号 account", username));
    }

    private void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("username", "用户名须为 2 至 64 位小写字母、数字或 . _ @ -",
                    "a username is 2 to 64 lower-case letters, digits or . _ @ -");
        }
    }

    private static void checkSecret(String field, String secret, String username) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new RuleViolation(field, "密码至少 " + MIN_SECRET_LENGTH + " 个字符",
                    "at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
            throw new RuleViolation(field, "密码最长 " + MAX_SECRET_BYTES + " 字节（一个汉字占 3 字节）",
                    "at most " + MAX_SECRET_BYTES + " bytes (UTF-8)");
        }
        if (secret.equalsIgnoreCase(username)) {
            throw new RuleViolation(field, "密码不能与用户名相同", "must differ from the username");
        }
        if (CommonPasswords.contains(secret)) {
            throw new RuleViolation(field, "这是常见密码，容易被猜中，请换一个", "a common password, easily guessed: choose another");
        }
    }

    /** 400 for a missing or misplaced part of the scope, 422 for a township or unit the county does not have. */
    private void checkScope(Role role, AccountScope scope) {
        List<AccountScopePolicy.Violation> violations = AccountScopePolicy.check(role, scope, county);
        if (violations.isEmpty()) {
            return;
        }
        boolean unknownOnly = violations.stream().allMatch(AccountScopePolicy.Violation::unknownReference);
        List<Map<String, String>> errors = new ArrayList<>();
        for (AccountScopePolicy.Violation v : violations) {
            if (v.unknownReference() == unknownOnly) {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("field", v.field());
                error.put("message", v.zh());
                error.put("messageEn", v.en());
                errors.add(error);
            }
        }
        String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
        if (unknownOnly) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference",
                    new Message("引用的对象不存在", "Unknown reference"),
                    new Message("账号范围引用了本县没有的乡镇或单位：" + fields,
                            "The account's scope refers to an unknown township or unit: " + fields))
                    .with("errors", errors);
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation",
                new Message("请求数据无效", "Invalid request"),
                new Message("以下字段有误：" + fields, "These fields are invalid: " + fields))
                .with("errors", errors);
    }

    private static ApiProblem usernameTaken(String username) {
        return new ApiProblem(HttpStatus.CONFLICT, "account-exists",
                new Message("用户名已存在", "Username taken"),
                new Message("已有账号使用此用户名：" + username, "An account with this username exists: " + username))
                .with("username", username);
    }

    private static ApiProblem stale(Account current) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new Message("账号已被修改", "Account changed meanwhile"),
                new Message("账号已被他人修改（当前版本 " + current.version() + "），请重新读取后再提交。",
                        "The account was changed meanwhile (now version " + current.version() + "); read it again and retry."))
                .with("currentVersion", current.version());
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: what is returned equals what is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
