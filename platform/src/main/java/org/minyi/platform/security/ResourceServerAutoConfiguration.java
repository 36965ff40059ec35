package org.minyi.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.net.URI;
import java.time.Duration;

/**
 * Every service verifies the caller's token itself (signature from the issuer's JWKS, issuer,
 * audience, expiry), so calling a service directly instead of through the gateway gains nothing.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ResourceServerAutoConfiguration {

    /** Audience every Minyi token carries and every service requires. */
    public static final String AUDIENCE = "minyi";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${minyi.security.jwk-set-uri}") String jwkSetUri,
                          @Value("${minyi.security.issuer}") String issuer,
                          ObjectProvider<RevokedSubjects> revoked) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        RevokedSubjects list = revoked.getIfAvailable();
        decoder.setJwtValidator(list == null ? validator(issuer)
                : new DelegatingOAuth2TokenValidator<>(validator(issuer), RevokedSubjects.validator(list)));
        return decoder;
    }

    /**
     * The gateway's list of revoked subjects, polled, where {@code minyi.security.revoked-subjects-uri} is set
     * (the local suite and compose set it; the gateway has its own from its database).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(RevokedSubjects.class)
    @ConditionalOnExpression("'${minyi.security.revoked-subjects-uri:}' != ''")
    PolledRevokedSubjects polledRevokedSubjects(@Value("${minyi.security.revoked-subjects-uri}") URI uri,
                                                @Value("${minyi.security.revoked-subjects-refresh:PT15S}") Duration refresh) {
        return new PolledRevokedSubjects(uri, refresh);
    }

    /** Issuer, expiry and the {@value #AUDIENCE} audience. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer) {
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain minyiResourceServer(HttpSecurity http) throws Exception {
        return requireTokens(http).build();
    }

    /**
     * Every request needs a valid bearer token, except health and info; refusals are problem details.
     * Shared with the gateway, which also issues the tokens.
     */
    public static HttpSecurity requireTokens(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // The API description is public (it holds no data); the gateway's Swagger UI reads it.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // Hashes and instants only; the services read it without a token of their own.
                        .requestMatchers(HttpMethod.GET, RevokedSubjects.PATH).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { })
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDeniedHandler()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDeniedHandler()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // CORS from a CorsConfigurationSource bean where one exists (the gateway's, for the dashboard).
                .cors(Customizer.withDefaults())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                // Bearer tokens only, no cookies: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable());
    }
}
