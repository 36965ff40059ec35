package org.minyi.gateway.account;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.platform.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Bodies of the account API. The password (for a client: its secret; {@code secret} is accepted as
 * well) is only ever read, never written back, and {@code toString} leaves it out.
 */
public final class AccountRequests {

    private AccountRequests() {
    }

    /** {@code POST /api/accounts}. {@code enabled} defaults to true. */
    public record Create(
            @NotBlank @Pattern(regexp = AccountService.USERNAME_PATTERN) String username,
            @NotNull AccountKind kind,
            @NotNull @JsonAlias("secret") @Size(min = AccountService.MIN_SECRET_LENGTH, max = AccountService.MAX_SECRET_BYTES)
            String password,
            @NotNull Role role,
            @Size(max = 100) List<@NotBlank @Pattern(regexp = "[0-9]{9}") String> townships,
            @Size(max = 40) String unitCode,
            UUID deputyId,
            Boolean enabled) {

        AccountService.NewAccount toNewAccount() {
            return new AccountService.NewAccount(username, kind, password, role,
                    new AccountScope(townships, unitCode, deputyId), enabled == null || enabled);
        }

        @Override
        public String toString() {
            return "Create[" + username + ", " + kind + ", " + role + "]";
        }
    }

    /**
     * {@code PUT /api/accounts/{username}}: the account's role, scope and enabled flag, all replaced
     * (an absent scope part is none). Username and kind never change.
     */
    public record Update(
            @NotNull Role role,
            @Size(max = 100) List<@NotBlank @Pattern(regexp = "[0-9]{9}") String> townships,
            @Size(max = 40) String unitCode,
            UUID deputyId,
            @NotNull Boolean enabled) {

        AccountScope scope() {
            return new AccountScope(townships, unitCode, deputyId);
        }
    }

    /** {@code POST /api/accounts/{username}/password}. */
    public record Password(
            @NotNull @JsonAlias("secret") @Size(min = AccountService.MIN_SECRET_LENGTH, max = AccountService.MAX_SECRET_BYTES)
            String password) {

        @Override
        public String toString() {
            return "Password[hidden]";
        }
    }
}
