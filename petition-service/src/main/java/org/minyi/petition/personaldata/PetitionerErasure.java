package org.minyi.petition.personaldata;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.minyi.petition.model.PetitionerDataErased;
import org.springframework.stereotype.Component;

/**
 * Destroys the erased persons' keys and forgets their fingerprints, in the transaction that stores {@link PetitionerDataErased} (the
 * subscribing {@code petition-view} processor): the erasure and its record commit together or not at all.
 */
@Component
@ProcessingGroup("petition-view")
public class PetitionerErasure {

    private final PersonKeys keys;
    private final RepeatFingerprints repeats;

    public PetitionerErasure(PersonKeys keys, RepeatFingerprints repeats) {
        this.keys = keys;
        this.repeats = repeats;
    }

    @EventHandler
    void on(PetitionerDataErased e) {
        keys.destroy(e.personIds());
        repeats.forget(e.personIds());
    }
}
