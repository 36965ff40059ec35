package org.minyi.gateway.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.ResourceServerAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The suite's OAuth2 authorization server (Spring Authorization Server), limited for now to the
 * client-credentials grant: {@code POST /oauth2/token} issues RS256 JWTs carrying the account's role
 * and scope for audience {@code minyi}; {@code GET /oauth2/jwks} publishes the public key that every
 * service verifies them with. The gateway checks the same tokens on every {@code /api/**} call.
 */
@Configuration
public class AuthorizationServerConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    List<ClientAccount> clientAccounts(AuthProperties properties, CountyReference county, PasswordEncoder encoder,
                                       @Value("${minyi.demo:true}") boolean demo) {
        List<ClientAccount> accounts = new ArrayList<>(properties.clients());
        if (demo) {
            accounts.addAll(DemoAccounts.of(county, encoder));
        }
        return accounts;
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(List<ClientAccount> clientAccounts, AuthProperties properties) {
        if (clientAccounts.isEmpty()) {
            // Spring Authorization Server needs at least one client; a deployment without accounts gets none usable.
            return new InMemoryRegisteredClientRepository(List.of(RegisteredClient.withId("none").clientId("none")
                    .clientSecret("{noop}" + java.util.UUID.randomUUID())
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build()));
        }
        return new InMemoryRegisteredClientRepository(clientAccounts.stream()
                .map(a -> RegisteredClient.withId(a.clientId())
                        .clientId(a.clientId())
                        .clientSecret(a.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder()
                                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                                .accessTokenTimeToLive(properties.tokenTtl()).build())
                        .build())
                .toList());
    }

    /** Adds the account's role and scope, and the audience every service requires. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> minyiClaims(List<ClientAccount> clientAccounts) {
        Map<String, ClientAccount> byId = clientAccounts.stream()
                .collect(Collectors.toMap(ClientAccount::clientId, Function.identity()));
        return context -> {
            ClientAccount account = byId.get(context.getRegisteredClient().getClientId());
            if (account == null) {
                return;
            }
            context.getClaims().audience(List.of(ResourceServerAutoConfiguration.AUDIENCE));
            context.getClaims().claim(Caller.ROLE_CLAIM, account.role());
            context.getClaims().claim(Caller.TOWNSHIPS_CLAIM, account.townships());
            if (account.unit() != null) {
                context.getClaims().claim(Caller.UNIT_CLAIM, account.unit());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        RSAKey key = SigningKeyStore.loadOrCreate(properties.keyFile());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${minyi.security.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    /** The gateway verifies tokens with its own key directly (no HTTP round trip to itself). */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, @Value("${minyi.security.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(ResourceServerAutoConfiguration.validator(issuer));
        return decoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, as -> { })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiAuthentication(HttpSecurity http) throws Exception {
        return ResourceServerAutoConfiguration.requireTokens(http).build();
    }
}
