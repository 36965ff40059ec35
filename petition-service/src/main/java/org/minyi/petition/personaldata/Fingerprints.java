package org.minyi.petition.personaldata;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keyed hashes of who a petitioner is, for repeat detection: HMAC-SHA256 with the deployment's secret of
 * the ID number, and of phone and name together. Without the secret a hash cannot be tested against
 * guessed ID numbers or phone numbers; the same person gives the same hash within one deployment.
 */
public final class Fingerprints {

    /** What a fingerprint is of. */
    public enum Kind {
        ID_NUMBER, PHONE_AND_NAME
    }

    public static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    public Fingerprints(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the fingerprint secret needs at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Of the ID number, upper-cased and without spaces; empty when there is none. */
    public Optional<String> ofIdNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(hmac("id:" + idNumber.replaceAll("\\s", "").toUpperCase()));
    }

    /** Of phone (its digits, without a +86 prefix) and name (without spaces) together; empty without both. */
    public Optional<String> ofPhoneAndName(String phone, String name) {
        if (phone == null || name == null || name.isBlank()) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hmac("pn:" + digits + "|" + name.replaceAll("\\s", "")));
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
