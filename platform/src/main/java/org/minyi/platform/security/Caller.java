package org.minyi.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * Who is calling, read from the verified token: the account, its role and its scope
 * (townships for a clerk or a township leader, a unit for a handling unit, a deputy id for a deputy).
 * A token without a known role has {@code role == null} and is allowed nothing.
 */
public record Caller(String account, Role role, List<String> townships, String unitCode, String deputyId) {

    public static final String ROLE_CLAIM = "role";
    public static final String TOWNSHIPS_CLAIM = "townships";
    public static final String UNIT_CLAIM = "unit";
    public static final String DEPUTY_CLAIM = "deputy";

    public Caller {
        townships = townships == null ? List.of() : List.copyOf(townships);
    }

    public static Caller from(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            return new Caller(jwt.getSubject(), role(jwt.getClaimAsString(ROLE_CLAIM)),
                    jwt.getClaimAsStringList(TOWNSHIPS_CLAIM), jwt.getClaimAsString(UNIT_CLAIM),
                    jwt.getClaimAsString(DEPUTY_CLAIM));
        }
        throw new IllegalStateException("Not authenticated by a token");
    }

    private static Role role(String claim) {
        if (claim == null) {
            return null;
        }
        try {
            return Role.valueOf(claim);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the caller's township scope covers a township: a county admin and a county-level leader
     * (no townships in scope) cover all; a clerk or a township leader covers its own.
     */
    public boolean coversTownship(String townshipCode) {
        return switch (role == null ? Role.VIEWER : role) {
            case COUNTY_ADMIN -> true;
            case LEADER -> townships.isEmpty() || townships.contains(townshipCode);
            case TOWNSHIP_CLERK -> townships.contains(townshipCode);
            default -> false;
        };
    }
}
