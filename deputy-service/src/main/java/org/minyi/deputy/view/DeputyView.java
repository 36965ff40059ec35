package org.minyi.deputy.view;

import org.minyi.deputy.model.DeputyContactPolicy;
import org.minyi.deputy.model.Gender;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.Occupation;
import org.minyi.deputy.model.Party;
import org.minyi.deputy.model.PrivateContact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The service's own read model of one deputy, as stored in {@code deputy_view} and {@code deputy_mandate}.
 * {@code contact} is personal data: what leaves the service passes through {@link DeputyContactPolicy}.
 */
public record DeputyView(UUID id, String townshipCode, String name, Gender gender, LocalDate birthDate,
                         String ethnicity, Party party, Occupation occupation, String electoralDistrict,
                         PrivateContact contact, List<Mandate> mandates, List<GroupMembership> groups,
                         List<PointsAdjustment> pointsAdjustments, long version) {

    @Override
    public String toString() {
        return "DeputyView[" + id + ", township " + townshipCode + "]";
    }
}
