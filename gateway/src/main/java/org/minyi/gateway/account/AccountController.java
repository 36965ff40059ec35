package org.minyi.gateway.account;

import jakarta.validation.Valid;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The account API, for county admins only ({@link AccountAdminOnly}): people and clients, their role,
 * scope and enabled flag, and their passwords or secrets, which are set here and never shown.
 */
@RestController
@RequestMapping(AccountController.PATH)
public class AccountController {

    static final String PATH = "/api/accounts";
    static final int MAX_PAGE_SIZE = 100;

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public AccountResponse.Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new RuleViolation("page", "页码从 0 开始", "pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "每页 1 至 " + MAX_PAGE_SIZE + " 条", "1 to " + MAX_PAGE_SIZE + " per page");
        }
        AccountService.Page result = accounts.page(page, size);
        return new AccountResponse.Page(result.items().stream().map(AccountResponse::of).toList(),
                result.page(), result.size(), result.total());
    }

    @GetMapping("/{username}")
    public ResponseEntity<AccountResponse> get(@PathVariable String username) {
        return withVersion(ResponseEntity.ok(), accounts.get(username));
    }

    @PostMapping
    public ResponseEntity<AccountResponse> create(@Valid @RequestBody AccountRequests.Create request,
                                                  Authentication authentication) {
        Account created = accounts.create(request.toNewAccount(), Caller.from(authentication).account());
        return withVersion(ResponseEntity.created(URI.create(PATH + "/" + created.username())), created);
    }

    @PutMapping("/{username}")
    public ResponseEntity<AccountResponse> update(@PathVariable String username,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody AccountRequests.Update request,
                                                  Authentication authentication) {
        Account updated = accounts.update(username, version(ifMatch), request.role(), request.scope(), request.enabled(),
                Caller.from(authentication).account());
        return withVersion(ResponseEntity.ok(), updated);
    }

    @PostMapping("/{username}/password")
    public ResponseEntity<AccountResponse> setPassword(@PathVariable String username,
                                                       @Valid @RequestBody AccountRequests.Password request,
                                                       Authentication authentication) {
        return withVersion(ResponseEntity.ok(),
                accounts.setSecret(username, request.password(), Caller.from(authentication).account()));
    }

    /** {@code If-Match: 3}, also as an entity tag {@code "3"} or {@code W/"3"}; absent: no check. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation("If-Match", "If-Match 须为账号的版本号", "If-Match must be the account's version");
        }
    }

    private static ResponseEntity<AccountResponse> withVersion(ResponseEntity.BodyBuilder builder, Account account) {
        return builder.eTag(String.valueOf(account.version())).body(AccountResponse.of(account));
    }
}
