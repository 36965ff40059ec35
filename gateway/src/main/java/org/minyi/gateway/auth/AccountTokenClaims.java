package org.minyi.gateway.auth;

import org.minyi.gateway.account.Account;
import org.minyi.gateway.account.AccountKind;
import org.minyi.gateway.account.AccountRepository;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.ResourceServerAutoConfiguration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Every access token carries its account's role and scope, read from the account when the token is
 * issued, and the audience every service requires. The account is the client for client credentials and
 * the person who logged in for the authorization code (and refresh token) grant; {@code sub} is its
 * username either way. An account that is gone or disabled by then gets no token ({@code invalid_grant}).
 */
@Component
public class AccountTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountRepository accounts;

    public AccountTokenClaims(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        boolean client = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        String username = client ? context.getRegisteredClient().getClientId() : context.getPrincipal().getName();
        AccountKind expected = client ? AccountKind.CLIENT : AccountKind.PERSON;
        Account account = accounts.find(username)
                .filter(a -> a.kind() == expected && a.enabled())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The account is unknown or disabled", null)));

        // The claims are also stored with the authorization (as JSON) and read back, e.g. when a code is
        // presented twice; the authorization server's Jackson allow-list knows ArrayList, not List.of(...).
        context.getClaims().subject(account.username());
        context.getClaims().audience(new ArrayList<>(List.of(ResourceServerAutoConfiguration.AUDIENCE)));
        context.getClaims().claim(Caller.ROLE_CLAIM, account.role().name());
        context.getClaims().claim(Caller.TOWNSHIPS_CLAIM, new ArrayList<>(account.scope().townships()));
        if (account.scope().unitCode() != null) {
            context.getClaims().claim(Caller.UNIT_CLAIM, account.scope().unitCode());
        }
        if (account.scope().deputyId() != null) {
            context.getClaims().claim(Caller.DEPUTY_CLAIM, account.scope().deputyId().toString());
        }
    }
}
