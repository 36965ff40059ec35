package org.minyi.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * Who is calling, read from the verified token: the account, its role and its scope
 * (townships for a clerk, a unit for a handling unit, a deputy id for a deputy).
 */
public record Caller(String account, String role, List<String> townships, String unitCode, String deputyId) {

    public static final String ROLE_CLAIM = "role";
    public static final String TOWNSHIPS_CLAIM = "townships";
    public static final String UNIT_CLAIM = "unit";
    public static final String DEPUTY_CLAIM = "deputy";

    public static Caller from(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            List<String> townships = jwt.getClaimAsStringList(TOWNSHIPS_CLAIM);
            return new Caller(jwt.getSubject(), jwt.getClaimAsString(ROLE_CLAIM),
                    townships == null ? List.of() : townships,
                    jwt.getClaimAsString(UNIT_CLAIM), jwt.getClaimAsString(DEPUTY_CLAIM));
        }
        throw new IllegalStateException("Not authenticated by a token");
    }

    public boolean hasRole(String... roles) {
        for (String r : roles) {
            if (r.equals(role)) {
                return true;
            }
        }
        return false;
    }
}
