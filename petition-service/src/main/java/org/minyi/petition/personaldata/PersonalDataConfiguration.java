package org.minyi.petition.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The deployment's secret for repeat detection: {@code MINYI_PETITION_FINGERPRINT_SECRET}
 * ({@code minyi.petition.fingerprint-secret}), at least 32 characters, the same for the deployment's whole
 * life (another secret gives other hashes: earlier petitions would no longer match). Without it the demo
 * uses a fixed, published demo secret; {@code MINYI_DEMO=false} refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling // PersonalDataReads sends reads to the audit trail
public class PersonalDataConfiguration {

    /** Public, so worth nothing: for the demo and tests only. */
    static final String DEMO_SECRET = "minyi-demo-fingerprint-secret-not-for-production";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    @Bean
    Fingerprints fingerprints(@Value("${minyi.petition.fingerprint-secret:}") String secret,
                              @Value("${minyi.demo:true}") boolean demo) {
        if (secret == null || secret.isBlank()) {
            if (!demo) {
                throw new IllegalStateException("MINYI_PETITION_FINGERPRINT_SECRET (minyi.petition.fingerprint-secret)"
                        + " must be set, at least " + Fingerprints.MIN_SECRET_LENGTH + " characters, when MINYI_DEMO=false");
            }
            log.warn("MINYI_PETITION_FINGERPRINT_SECRET is not set: repeat detection uses the public demo secret");
            return new Fingerprints(DEMO_SECRET);
        }
        if (secret.length() < Fingerprints.MIN_SECRET_LENGTH) {
            throw new IllegalStateException("MINYI_PETITION_FINGERPRINT_SECRET must have at least "
                    + Fingerprints.MIN_SECRET_LENGTH + " characters");
        }
        return new Fingerprints(secret);
    }
}
