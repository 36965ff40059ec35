package org.minyi.deputy.deputy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deputy as the API shows it (API.md "Deputies"). {@code contact} is present only for callers that
 * may see the private contact ({@link DeputyContactPolicy}); {@code birthDate} likewise, as it is
 * personal data too (the age profile of a congress is a report, not a per-deputy public detail).
 */
public record DeputyResponse(UUID id, String name, Gender gender, LocalDate birthDate, String ethnicity, Party party,
                             Occupation occupation, String townshipCode, String electoralDistrict,
                             PrivateContact contact, List<Mandate> mandates, long version) {

    static DeputyResponse of(DeputyView v, boolean personal) {
        return new DeputyResponse(v.id(), v.name(), v.gender(), personal ? v.birthDate() : null, v.ethnicity(),
                v.party(), v.occupation(), v.townshipCode(), v.electoralDistrict(), personal ? v.contact() : null,
                v.mandates(), v.version());
    }

    @Override
    public String toString() {
        return "DeputyResponse[" + id + "]";
    }
}
