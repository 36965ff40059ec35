package org.minyi.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void matchingOrAbsentIfMatchPasses() {
        assertThatCode(() -> Versions.requireMatch(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("3", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void aStaleVersionIs412WithTheCurrentVersion() {
        assertThatThrownBy(() -> Versions.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
                    assertThat(p.type()).isEqualTo("stale-version");
                    assertThat(p.properties()).containsEntry("currentVersion", 3L);
                });
    }
}
