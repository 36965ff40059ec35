package org.minyi.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

import java.util.Map;

/**
 * Client authentication of the dashboard (a public client: it has no secret) where Spring Authorization Server
 * only knows it at the code exchange, by its PKCE verifier: when it refreshes its tokens
 * ({@code grant_type=refresh_token}) and when it revokes its refresh token at sign-out ({@code /oauth2/revoke}).
 * It is identified by {@code client_id} alone; what the request may do is then bounded by the token it presents,
 * which the authorization server checks was issued to that client.
 */
final class PublicClientTokenRequests {

    /** Marks the requests recognised here, so that the PKCE provider's tokens are left to it. */
    private static final String MARKER = PublicClientTokenRequests.class.getName();
    static final String REVOCATION_PATH = "/oauth2/revoke";

    private PublicClientTokenRequests() {
    }

    static final class Converter implements AuthenticationConverter {

        @Override
        public Authentication convert(HttpServletRequest request) {
            if (!"POST".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) {
                return null;
            }
            boolean refresh = OAuth2ParameterNames.REFRESH_TOKEN.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
            boolean revoke = request.getRequestURI().endsWith(REVOCATION_PATH) && request.getParameter(OAuth2ParameterNames.TOKEN) != null;
            String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
            if ((!refresh && !revoke) || clientIds == null) {
                return null;
            }
            if (clientIds.length != 1 || clientIds[0].isBlank()) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
            }
            return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, Map.of(MARKER, true));
        }
    }

    static final class Provider implements AuthenticationProvider {

        private final RegisteredClientRepository clients;

        Provider(RegisteredClientRepository clients) {
            this.clients = clients;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
            if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
                    || !Boolean.TRUE.equals(request.getAdditionalParameters().get(MARKER))) {
                return null;
            }
            RegisteredClient client = clients.findByClientId(String.valueOf(request.getPrincipal()));
            if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                        "Client authentication failed: client_id", null));
            }
            return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
