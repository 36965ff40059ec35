package org.minyi.gateway.account;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an account's role applies to: townships (a clerk's, a township leader's, a unit's), a handling
 * unit, a deputy. Which parts a role needs or allows is {@link AccountScopePolicy}'s.
 */
public record AccountScope(List<String> townships, String unitCode, UUID deputyId) {

    public static final AccountScope NONE = new AccountScope(List.of(), null, null);

    public AccountScope {
        townships = townships == null ? List.of()
                : townships.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    }
}
