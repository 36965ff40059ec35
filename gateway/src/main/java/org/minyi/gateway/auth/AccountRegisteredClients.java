package org.minyi.gateway.auth;

import org.minyi.gateway.account.AccountKind;
import org.minyi.gateway.account.AccountRepository;
import org.minyi.gateway.account.AccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Spring Authorization Server's clients, read from the one source of truth, the account table: each
 * CLIENT account is a confidential client (client credentials, HTTP Basic or POST), its username the
 * client id. Besides them there is one public client, {@value AccountService#DASHBOARD_CLIENT_ID}, for
 * the browser dashboard (the web application): authorization code with PKCE, no secret, no consent screen, and
 * rotating refresh tokens bounded to the sign-in's session ({@link SignInBoundRefreshTokens},
 * {@link PublicClientTokenRequests}).
 * <p>
 * A disabled client is not found by its client id, so it can no longer authenticate; it is still found
 * by id, so that authorizations stored before it was disabled can be read (and refused) rather than fail.
 */
@Component
public class AccountRegisteredClients implements RegisteredClientRepository {

    private final AccountRepository accounts;
    private final TokenSettings clientTokens;
    private final RegisteredClient dashboard;

    /** The web application's callback on the gateway's own origin (the issuer), always allowed. */
    public static final String APP_CALLBACK_PATH = "/app/callback";

    public AccountRegisteredClients(AccountRepository accounts, AuthProperties properties,
                                    @Value("${minyi.security.issuer}") String issuer) {
        this.accounts = accounts;
        this.clientTokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.tokenTtl()).build();
        this.dashboard = RegisteredClient.withId(AccountService.DASHBOARD_CLIENT_ID)
                .clientId(AccountService.DASHBOARD_CLIENT_ID)
                .clientName("民意仪表盘 Minyi dashboard")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(issuer.replaceAll("/+$", "") + APP_CALLBACK_PATH)
                .redirectUris(uris -> uris.addAll(properties.dashboard().redirectUris()))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.dashboard().accessTokenTtl())
                        .authorizationCodeTimeToLive(Duration.ofMinutes(5))
                        // Rotated at every use; how long a sign-in lasts is the refresh token generator's
                        // (SignInBoundRefreshTokens), not this time to live.
                        .refreshTokenTimeToLive(properties.dashboard().session())
                        .reuseRefreshTokens(false).build())
                .build();
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return find(clientId, true);
    }

    @Override
    public RegisteredClient findById(String id) {
        return find(id, false);
    }

    /**
     * Clients are accounts, changed through {@code /api/accounts}. The one write the authorization server
     * makes on its own, re-hashing a secret with a stronger encoding after it matched, is kept.
     */
    @Override
    public void save(RegisteredClient client) {
        Optional<AccountRepository.Credentials> stored = accounts.credentials(client.getClientId())
                .filter(c -> c.account().kind() == AccountKind.CLIENT);
        if (stored.isPresent() && client.getClientSecret() != null
                && !Objects.equals(stored.get().secretHash(), client.getClientSecret())) {
            accounts.upgradeSecretHash(client.getClientId(), client.getClientSecret());
            return;
        }
        if (stored.isEmpty()) {
            throw new UnsupportedOperationException("Clients are accounts: create them with POST /api/accounts");
        }
    }

    private RegisteredClient find(String clientId, boolean enabledOnly) {
        if (clientId == null) {
            return null;
        }
        if (dashboard.getClientId().equals(clientId)) {
            return dashboard;
        }
        return accounts.credentials(clientId)
                .filter(c -> c.account().kind() == AccountKind.CLIENT)
                .filter(c -> !enabledOnly || c.account().enabled())
                .map(c -> RegisteredClient.withId(c.account().username())
                        .clientId(c.account().username())
                        .clientIdIssuedAt(c.account().createdAt())
                        .clientSecret(c.secretHash())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(clientTokens)
                        .build())
                .orElse(null);
    }
}
