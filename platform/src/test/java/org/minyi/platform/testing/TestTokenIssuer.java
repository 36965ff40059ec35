package org.minyi.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for the gateway's token endpoint in a service's own tests: a real JWKS endpoint over HTTP
 * and real RS256 tokens, so the service verifies them exactly as in production.
 */
public final class TestTokenIssuer {

    private static TestTokenIssuer instance;

    private final RSAKey key;
    private final HttpServer server;

    private TestTokenIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    public static synchronized TestTokenIssuer get() {
        if (instance == null) {
            instance = new TestTokenIssuer();
        }
        return instance;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    public String token(String account, String role, List<String> townships) {
        return sign(key, claims(account, role, townships).build());
    }

    /** A deputy's token: role {@code DEPUTY} with the {@code deputy} claim. */
    public String deputyToken(String account, String deputyId) {
        return sign(key, claims(account, "DEPUTY", List.of()).claim("deputy", deputyId).build());
    }

    /** A handling unit's token: role {@code HANDLING_UNIT} with the {@code unit} claim. */
    public String unitToken(String account, String unitCode, List<String> townships) {
        return sign(key, claims(account, "HANDLING_UNIT", townships).claim("unit", unitCode).build());
    }

    /** A token with a unit in its scope, as a {@code HANDLING_UNIT} account has. */
    public String token(String account, String role, List<String> townships, String unit) {
        return sign(key, claims(account, role, townships).claim("unit", unit).build());
    }

    public String expiredToken(String account, String role) {
        Instant past = Instant.now().minusSeconds(7200);
        return sign(key, claims(account, role, List.of()).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(600))).build());
    }

    public String wrongAudienceToken(String account, String role) {
        return sign(key, claims(account, role, List.of()).audience("someone-else").build());
    }

    /** Not signed at all ({@code alg: none}). */
    public String unsignedToken(String account, String role) {
        return new com.nimbusds.jwt.PlainJWT(claims(account, role, List.of()).build()).serialize();
    }

    /** Signed by a key the JWKS does not publish. */
    public String forgedToken(String account, String role) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(other, claims(account, role, List.of()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims(String account, String role, List<String> townships) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(account)
                .audience("minyi")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("role", role)
                .claim("townships", townships);
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
