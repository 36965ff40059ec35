package org.minyi.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Accounts whose access changed (disabled, another role or scope, a new secret) and since when: a token
 * issued to such an account before that moment is refused, though its signature and expiry are fine. This
 * is how a disabled account loses its access within a minute everywhere, not only when its token expires.
 * The gateway answers from its account history; every other service asks the gateway for the list
 * ({@link #PATH}) every few seconds. Subjects travel as SHA-256 hashes, never as account names.
 */
public interface RevokedSubjects {

    /** Where the gateway publishes the list: {@code {"revoked":[{"subject":"<sha-256 hex>","since":"<instant>"}]}}. */
    String PATH = "/oauth2/revoked-subjects";

    /** The moment from which tokens issued to the subject (by its hash) are refused, if any. */
    Optional<Instant> revokedSince(String subjectHash);

    static String hash(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a token issued to a revoked subject at or before the moment of revocation. */
    static OAuth2TokenValidator<Jwt> validator(RevokedSubjects revoked) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The account's access has changed; get a new token", null);
        return jwt -> {
            if (jwt.getSubject() == null) {
                return OAuth2TokenValidatorResult.success();
            }
            Optional<Instant> since = revoked.revokedSince(hash(jwt.getSubject()));
            // iat has whole seconds: a token from the same second as the change may predate it, so it goes too.
            boolean stale = since.isPresent() && (jwt.getIssuedAt() == null
                    || !jwt.getIssuedAt().isAfter(since.get().minusNanos(since.get().getNano())));
            return stale ? OAuth2TokenValidatorResult.failure(error) : OAuth2TokenValidatorResult.success();
        };
    }
}
