package org.minyi.gateway.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.platform.security.ProblemAuthenticationHandlers;
import org.minyi.platform.security.ResourceServerAutoConfiguration;
import org.minyi.platform.security.RevokedSubjects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import org.minyi.gateway.account.AccountRepository;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.io.IOException;
import java.time.Clock;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The suite's OAuth2 authorization server (Spring Authorization Server). {@code POST /oauth2/token}
 * issues RS256 JWTs for audience {@code minyi} carrying the account's role and scope
 * ({@link AccountTokenClaims}), to clients by the client-credentials grant and to people, through the
 * dashboard, by the authorization-code grant with PKCE after they log in on {@code /login}.
 * {@code GET /oauth2/jwks} publishes the public key that every service verifies tokens with.
 * Accounts and issued authorizations live in the gateway's database; the key in its key file.
 * <p>
 * Three filter chains, in order: the authorization server's endpoints (a session only to carry a
 * person's login from the login page to the authorization request), the login page (form login with
 * CSRF), and everything else, which needs a bearer token as in every service.
 */
@Configuration
@EnableScheduling
public class AuthorizationServerConfig {

    static final String WEB_APP_PATH = "/app/";

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        RSAKey key = SigningKeyStore.loadOrCreate(properties.keyFile());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${minyi.security.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    /** Issued codes and tokens in the database, not in memory; expired ones are deleted by {@link AuthorizationCleanup}. */
    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    /**
     * The gateway verifies tokens with its own key directly (no HTTP round trip to itself), and refuses
     * those of accounts whose access changed after the token was issued.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, @Value("${minyi.security.issuer}") String issuer,
                          AccountRevocations revocations) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(ResourceServerAutoConfiguration.validator(issuer),
                RevokedSubjects.validator(revocations)));
        return decoder;
    }

    /** Access tokens as JWTs carrying the account's claims; refresh tokens for the dashboard bounded to its sign-in. */
    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource, AccountTokenClaims claims,
                                           AccountRepository accounts, AuthProperties properties) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwt.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(jwt,
                new SignInBoundRefreshTokens(accounts, properties.dashboard(), Clock.systemUTC()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                // The dashboard refreshes and revokes its tokens with its client id alone (a public client).
                .with(authorizationServer, as -> as.clientAuthentication(client -> client
                        .authenticationConverter(new PublicClientTokenRequests.Converter())
                        .authenticationProvider(new PublicClientTokenRequests.Provider(clients))))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // A browser that is not logged in goes to the login page (which keeps the authorization
                // request in the session and returns to it); a token request without client
                // authentication gets the OAuth2 error; anything else a 401 problem.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LoginPageController.LOGIN_PATH),
                                browser())
                        .defaultAuthenticationEntryPointFor(AuthorizationServerConfig::invalidClient,
                                request -> HttpMethod.POST.matches(request.getMethod()))
                        .defaultAuthenticationEntryPointFor(ProblemAuthenticationHandlers.entryPoint(), AnyRequestMatcher.INSTANCE))
                // The token endpoint is called by scripts and by the dashboard's JavaScript, never by a form.
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                .cors(Customizer.withDefaults())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain interactiveLogin(HttpSecurity http, AuthProperties properties) throws Exception {
        http.securityMatcher(LoginPageController.LOGIN_PATH, "/logout")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LoginPageController.LOGIN_PATH)
                        // Only without a pending authorization request (someone opened /login directly): the web
                        // application, which then signs in with the session just made.
                        .defaultSuccessUrl(WEB_APP_PATH)
                        .permitAll())
                // The web application signs out by navigating here (a GET: it holds no CSRF token of the login
                // form); the worst a forged link can do is end someone's session.
                .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/logout"))
                        .logoutSuccessUrl(LoginPageController.LOGIN_PATH + "?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(loginPagePolicy(properties)))
                        // Not no-referrer: under it a browser posts the form with "Origin: null", which the CORS
                        // check refuses as a cross-origin request. same-origin still sends nothing elsewhere.
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiAuthentication(HttpSecurity http) throws Exception {
        return ResourceServerAutoConfiguration.requireTokens(http).build();
    }

    /** A request that asks for HTML by name: a browser, not a script sending no Accept header. */
    private static MediaTypeRequestMatcher browser() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    /** RFC 6749 5.2: a token, introspection or revocation request without client authentication. */
    private static void invalidClient(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"minyi\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
    }

    /**
     * The login page has no script and only its own inline style. The form's redirects end at the
     * dashboard, so its origins are allowed form targets (browsers apply form-action to redirects).
     */
    static String loginPagePolicy(AuthProperties properties) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        for (String uri : properties.dashboard().redirectUris()) {
            URI u = URI.create(uri);
            if (u.getScheme() != null && u.getAuthority() != null) {
                formTargets.add(u.getScheme() + "://" + u.getAuthority());
            }
        }
        return "default-src 'none'; style-src 'unsafe-inline'; form-action " + String.join(" ", formTargets)
                + "; frame-ancestors 'none'; base-uri 'none'";
    }
}
