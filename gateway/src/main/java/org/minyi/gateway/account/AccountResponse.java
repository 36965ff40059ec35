package org.minyi.gateway.account;

import org.minyi.platform.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as the API shows it: everything but its password or secret, which is never shown. */
public record AccountResponse(String username, AccountKind kind, Role role, List<String> townships, String unitCode,
                              UUID deputyId, boolean enabled, long version, Instant createdAt, String createdBy,
                              Instant updatedAt, String updatedBy) {

    static AccountResponse of(Account a) {
        return new AccountResponse(a.username(), a.kind(), a.role(), a.scope().townships(), a.scope().unitCode(),
                a.scope().deputyId(), a.enabled(), a.version(), a.createdAt(), a.createdBy(), a.updatedAt(),
                a.updatedBy());
    }

    /** A page of accounts: {@code page} counts from 0. */
    public record Page(List<AccountResponse> items, int page, int size, long total) {
    }
}
