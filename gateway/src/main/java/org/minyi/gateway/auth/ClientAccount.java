package org.minyi.gateway.auth;

import java.util.List;

/**
 * A machine or script account (OAuth2 client credentials) with its role and scope, which the
 * issued token carries as claims. {@code secret} is stored encoded, e.g. {@code {bcrypt}...}.
 */
public record ClientAccount(String clientId, String secret, String role, List<String> townships, String unit) {

    public ClientAccount {
        townships = townships == null ? List.of() : List.copyOf(townships);
    }
}
