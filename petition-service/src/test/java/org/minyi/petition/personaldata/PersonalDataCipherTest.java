package org.minyi.petition.personaldata;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private static final byte[] PLAIN = "{\"name\":\"欧阳莉莎\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aValueOpensWithItsPersonsKeyOnly() {
        UUID person = UUID.randomUUID();
        byte[] key = PersonalDataCipher.newKey();
        String sealed = PersonalDataCipher.seal(person, key, PLAIN);
        assertThat(sealed).startsWith("v1:").doesNotContain("欧阳");
        assertThat(PersonalDataCipher.open(person, key, sealed)).isEqualTo(PLAIN);
        // A fresh nonce each time: the same value never seals the same way twice.
        assertThat(PersonalDataCipher.seal(person, key, PLAIN)).isNotEqualTo(sealed);

        assertThatThrownBy(() -> PersonalDataCipher.open(person, PersonalDataCipher.newKey(), sealed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(UUID.randomUUID(), key, sealed))
                .isInstanceOf(IllegalArgumentException.class);
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> PersonalDataCipher.open(person, key, tampered))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(person, key, "plain text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(key).hasSize(32);
    }
}
