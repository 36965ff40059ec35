package org.minyi.platform.eventstore;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MovedEventTypesTest {

    private final MovedEventTypes moves = new MovedEventTypes(Map.of("org.minyi.petition.petition", "org.minyi.petition.model"));

    @Test
    void aClassOfAMovedPackageGetsItsNewName() {
        assertThat(moves.movedName("org.minyi.petition.petition.PetitionReceived"))
                .isEqualTo("org.minyi.petition.model.PetitionReceived");
        assertThat(moves.movedName("org.minyi.petition.petition.Outer$Nested"))
                .isEqualTo("org.minyi.petition.model.Outer$Nested");
    }

    @Test
    void othersKeepTheirs() {
        assertThat(moves.movedName("org.minyi.petition.model.PetitionReceived")).isNull();
        assertThat(moves.movedName("org.minyi.petition.petition.sub.Thing")).isNull();
        assertThat(moves.movedName("NoPackage")).isNull();
    }
}
