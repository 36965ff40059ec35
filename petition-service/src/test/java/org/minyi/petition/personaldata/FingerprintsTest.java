package org.minyi.petition.personaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintsTest {

    private final Fingerprints fingerprints = new Fingerprints("a-deployment-secret-of-at-least-32-chars");

    @Test
    void theSamePersonGivesTheSameHashWrittenAnyWay() {
        String id = fingerprints.ofIdNumber("33990119870514872X").orElseThrow();
        assertThat(fingerprints.ofIdNumber(" 33990119870514872x ")).contains(id);
        assertThat(id).hasSize(64).doesNotContain("872X").doesNotContain("3399011987");
        assertThat(fingerprints.ofIdNumber("339901198705148721")).isNotEqualTo(fingerprints.ofIdNumber("33990119870514872X"));

        String phoneAndName = fingerprints.ofPhoneAndName("139-5710-4477", "欧阳 莉莎").orElseThrow();
        assertThat(fingerprints.ofPhoneAndName("+86 13957104477", "欧阳莉莎")).contains(phoneAndName);
        assertThat(fingerprints.ofPhoneAndName("13957104477", "欧阳丽莎")).isNotEqualTo(java.util.Optional.of(phoneAndName));
        // The two kinds never collide, even for the same characters.
        assertThat(fingerprints.ofIdNumber("13957104477")).isNotEqualTo(fingerprints.ofPhoneAndName("13957104477", "x"));
    }

    @Test
    void nothingToHashGivesNoHash() {
        assertThat(fingerprints.ofIdNumber(null)).isEmpty();
        assertThat(fingerprints.ofIdNumber(" ")).isEmpty();
        assertThat(fingerprints.ofPhoneAndName(null, "欧阳莉莎")).isEmpty();
        assertThat(fingerprints.ofPhoneAndName("13957104477", null)).isEmpty();
        assertThat(fingerprints.ofPhoneAndName("--", "欧阳莉莎")).isEmpty();
    }

    @Test
    void anotherSecretGivesOtherHashesAndAShortOneIsRefused() {
        assertThat(new Fingerprints("another-deployment-secret-of-32-chars!!").ofIdNumber("33990119870514872X"))
                .isNotEqualTo(fingerprints.ofIdNumber("33990119870514872X"));
        assertThatThrownBy(() -> new Fingerprints("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutASecretOnlyTheDemoStarts() {
        PersonalDataConfiguration configuration = new PersonalDataConfiguration();
        assertThat(configuration.fingerprints("", true)).isNotNull();
        assertThatThrownBy(() -> configuration.fingerprints("", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MINYI_PETITION_FINGERPRINT_SECRET");
        assertThatThrownBy(() -> configuration.fingerprints("too-short", true)).isInstanceOf(IllegalStateException.class);
        assertThat(configuration.fingerprints("a-deployment-secret-of-at-least-32-chars", false)).isNotNull();
    }
}
