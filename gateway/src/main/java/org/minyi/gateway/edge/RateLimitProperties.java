package org.minyi.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minyi.gateway.rate-limit.*}: a token bucket per client. {@code capacity} is the burst a client
 * may send at once, {@code refill-per-second} its sustained rate. Presenting a secret (the token
 * endpoint, per client id; the login form, per username) has its own, stricter bucket
 * ({@code credentials.*}), so guessing a secret or a password is slow.
 */
@ConfigurationProperties("minyi.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100") long capacity,
        @DefaultValue("50") double refillPerSecond,
        @DefaultValue Credentials credentials,
        @DefaultValue("100000") int maxClients) {

    public RateLimitProperties {
        check("minyi.gateway.rate-limit", capacity, refillPerSecond);
        if (maxClients < 1) {
            throw new IllegalArgumentException("minyi.gateway.rate-limit.max-clients must be at least 1: " + maxClients);
        }
    }

    /**
     * {@code minyi.gateway.rate-limit.credentials.*}: the bucket per client id at {@code /oauth2/token}
     * (and introspection, revocation) and per username at {@code POST /login}.
     */
    public record Credentials(@DefaultValue("20") long capacity, @DefaultValue("1") double refillPerSecond) {

        public Credentials {
            check("minyi.gateway.rate-limit.credentials", capacity, refillPerSecond);
        }
    }

    private static void check(String prefix, long capacity, double refillPerSecond) {
        if (capacity < 1) {
            throw new IllegalArgumentException(prefix + ".capacity must be at least 1: " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException(prefix + ".refill-per-second must be positive: " + refillPerSecond);
        }
    }
}
