package org.minyi.gateway.edge;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.util.UrlPathHelper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Rate limits at the gateway, a token bucket per client ({@code minyi.gateway.rate-limit.*}):
 * <ul>
 *   <li>presenting a secret: {@code POST} to the token endpoint (and introspection, revocation) per
 *       client id (HTTP Basic, else the {@code client_id} parameter, else the remote address), and
 *       {@code POST /login} per username. This runs <em>before</em> Spring Security, so failed attempts
 *       (guessing a secret or a password) count too ({@code credentials.*}, stricter);</li>
 *   <li>everything else except {@code /actuator/**}: per token subject, <em>after</em> Spring Security
 *       has verified the token (a caller without a valid token is refused there); the few public paths
 *       per remote address.</li>
 * </ul>
 * Behind a reverse proxy the remote address is the proxy's unless {@code server.forward-headers-strategy}
 * is set; the subject and the client id do not depend on it.
 */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
@ConditionalOnBooleanProperty(name = "minyi.gateway.rate-limit.enabled", matchIfMissing = true)
public class RateLimitConfig {

    /** The login form's path and username field (Spring Security's form login, see auth/LoginPageController). */
    static final String LOGIN_PATH = "/login";
    static final String USERNAME_PARAMETER = "username";

    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final int MAX_KEY_LENGTH = 200;

    /** Spring Security's filter order (Spring Boot's default, or {@code spring.security.filter.order}). */
    private final int securityOrder;

    RateLimitConfig(@Value("${spring.security.filter.order:-100}") int securityOrder) {
        this.securityOrder = securityOrder;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> credentialsRateLimitFilter(
            RateLimitProperties properties, ObjectProvider<AuthorizationServerSettings> settings,
            CorsConfigurationSource corsConfigurationSource) {
        AuthorizationServerSettings endpoints = settings.getIfAvailable(() -> AuthorizationServerSettings.builder().build());
        Set<String> clientEndpoints = Set.of(endpoints.getTokenEndpoint(), endpoints.getTokenIntrospectionEndpoint(),
                endpoints.getTokenRevocationEndpoint());
        ClientRateLimiter limiter = new ClientRateLimiter(properties.credentials().capacity(),
                properties.credentials().refillPerSecond(), properties.maxClients());
        RateLimitFilter filter = new RateLimitFilter("credentials", limiter,
                request -> HttpMethod.POST.matches(request.getMethod())
                        && (clientEndpoints.contains(path(request)) || LOGIN_PATH.equals(path(request))),
                request -> LOGIN_PATH.equals(path(request)) ? usernameOrAddress(request) : clientIdOrAddress(request),
                corsConfigurationSource);
        return register(filter, "minyiCredentialsRateLimitFilter", securityOrder - 1);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimitFilter(RateLimitProperties properties) {
        ClientRateLimiter limiter = new ClientRateLimiter(properties.capacity(), properties.refillPerSecond(),
                properties.maxClients());
        RateLimitFilter filter = new RateLimitFilter("api", limiter,
                request -> !path(request).startsWith("/actuator/") && !path(request).equals("/actuator"),
                RateLimitConfig::subjectOrAddress, null);
        return register(filter, "minyiApiRateLimitFilter", securityOrder + 1);
    }

    private static FilterRegistrationBean<RateLimitFilter> register(RateLimitFilter filter, String name, int order) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.setOrder(order);
        return registration;
    }

    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    /**
     * The client id of HTTP Basic client authentication (RFC 6749 2.3.1: form-encoded inside Basic),
     * else of {@code client_secret_post}, else the remote address.
     */
    static String clientIdOrAddress(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                if (colon > 0) {
                    return key("client:", URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException malformed) {
                // not Basic credentials after all: counted by address
            }
        }
        String clientId = request.getParameter("client_id");
        if (clientId != null && !clientId.isBlank()) {
            return key("client:", clientId);
        }
        return key("address:", request.getRemoteAddr());
    }

    static String usernameOrAddress(HttpServletRequest request) {
        String username = request.getParameter(USERNAME_PARAMETER);
        if (username != null && !username.isBlank()) {
            return key("user:", username.strip());
        }
        return key("address:", request.getRemoteAddr());
    }

    /** The verified token's subject (the account), else the remote address. */
    static String subjectOrAddress(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            return key("subject:", token.getToken().getSubject());
        }
        return key("address:", request.getRemoteAddr());
    }

    private static String key(String kind, String value) {
        return kind + (value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value);
    }
}
