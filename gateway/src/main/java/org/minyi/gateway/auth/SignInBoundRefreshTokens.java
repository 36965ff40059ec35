package org.minyi.gateway.auth;

import org.minyi.gateway.account.AccountRepository;
import org.minyi.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Refresh tokens for the dashboard, so a person stays signed in through a working day without the browser keeping
 * anything but a tab-scoped refresh token. Unlike Spring Authorization Server's own generator, it also issues one to
 * the public client at the code exchange; what bounds the risk instead:
 * <ul>
 *   <li>each refresh rotates the token (the client does not reuse refresh tokens: the old one stops working);</li>
 *   <li>a rotated token keeps the expiry of the one it replaces, so a sign-in lasts at most the session (a working
 *       day; days for a VIEWER's wall screen) however often it is refreshed;</li>
 *   <li>every refresh issues the access token through {@link AccountTokenClaims}, which refuses a disabled account.</li>
 * </ul>
 */
final class SignInBoundRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private final StringKeyGenerator keys = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);
    private final AccountRepository accounts;
    private final AuthProperties.Dashboard dashboard;
    private final Clock clock;

    SignInBoundRefreshTokens(AccountRepository accounts, AuthProperties.Dashboard dashboard, Clock clock) {
        this.accounts = accounts;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @Override
    public OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
                || !context.getRegisteredClient().getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            return null;
        }
        Instant now = clock.instant();
        Instant expiresAt = rotated(context);
        if (expiresAt == null) {
            expiresAt = now.plus(session(context.getPrincipal()));
        }
        return expiresAt.isAfter(now) ? new OAuth2RefreshToken(keys.generateKey(), now, expiresAt) : null;
    }

    /** When refreshing: the expiry of the token being replaced, so rotation never extends a sign-in. */
    private static Instant rotated(OAuth2TokenContext context) {
        OAuth2Authorization authorization = context.getAuthorization();
        if (!AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType()) || authorization == null
                || authorization.getRefreshToken() == null) {
            return null;
        }
        return authorization.getRefreshToken().getToken().getExpiresAt();
    }

    private Duration session(Authentication principal) {
        boolean screen = principal != null && accounts.find(principal.getName())
                .map(a -> a.role() == Role.VIEWER).orElse(false);
        return screen ? dashboard.screenSession() : dashboard.session();
    }
}
