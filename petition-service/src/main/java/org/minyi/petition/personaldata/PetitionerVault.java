package org.minyi.petition.personaldata;

import org.minyi.petition.model.Petitioner;
import org.minyi.petition.model.SealedPetitioner;
import org.minyi.petition.model.VisiblePetitioner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seals petitioners for the event store, one key per person, and opens them for those who may read
 * them. Sealing creates the keys in the caller's transaction, so a petition that is not stored leaves no
 * key behind.
 */
@Component
public class PetitionerVault {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonKeys keys;

    public PetitionerVault(PersonKeys keys) {
        this.keys = keys;
    }

    public List<SealedPetitioner> seal(UUID petitionId, List<Petitioner> petitioners) {
        List<SealedPetitioner> sealed = new ArrayList<>();
        for (Petitioner petitioner : petitioners) {
            UUID personId = UUID.randomUUID();
            byte[] key = keys.create(personId, petitionId);
            sealed.add(new SealedPetitioner(personId, PersonalDataCipher.seal(personId, key,
                    JSON.writeValueAsBytes(petitioner))));
        }
        return sealed;
    }

    /** Every petitioner opened, in order; one whose key was destroyed reads as erased. */
    public List<VisiblePetitioner> open(List<SealedPetitioner> petitioners) {
        Map<UUID, byte[]> found = keys.find(petitioners.stream().map(SealedPetitioner::personId).toList());
        return petitioners.stream().map(p -> {
            byte[] key = found.get(p.personId());
            if (key == null || p.sealed() == null) {
                return VisiblePetitioner.erased(p.personId());
            }
            return VisiblePetitioner.of(p.personId(),
                    JSON.readValue(PersonalDataCipher.open(p.personId(), key, p.sealed()), Petitioner.class));
        }).toList();
    }
}
