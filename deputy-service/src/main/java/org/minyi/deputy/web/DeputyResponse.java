package org.minyi.deputy.web;

import org.minyi.deputy.model.DeputyContactPolicy;
import org.minyi.deputy.model.Gender;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.Occupation;
import org.minyi.deputy.model.Party;
import org.minyi.deputy.model.PrivateContact;
import org.minyi.deputy.view.DeputyView;
import org.minyi.deputy.view.GroupMembership;
import org.minyi.deputy.view.PointsAdjustment;
import org.minyi.platform.security.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deputy as {@code GET /api/deputies/{id}} and the roster show it. {@code contact} is present only for callers that
 * may see the private contact ({@link DeputyContactPolicy}); {@code birthDate} likewise, as it is
 * personal data too (the age profile of a congress is a report, not a per-deputy public detail).
 */
public record DeputyResponse(UUID id, String name, Gender gender, LocalDate birthDate, String ethnicity, Party party,
                             Occupation occupation, String townshipCode, String electoralDistrict,
                             PrivateContact contact, List<Mandate> mandates, List<GroupMembership> groups,
                             List<PointsAdjustment> pointsAdjustments, long version) {

    /**
     * {@code pointsAdjustments} is given on the single deputy only (null, so absent, in the roster);
     * their reasons, like the contact, only to those who see personal details.
     */
    private static DeputyResponse of(DeputyView v, boolean personal) {
        List<PointsAdjustment> adjustments = v.pointsAdjustments() == null ? null : personal ? v.pointsAdjustments()
                : v.pointsAdjustments().stream().map(a -> new PointsAdjustment(a.id(), a.category(), a.points(), null,
                a.on(), a.recordedBy())).toList();
        return new DeputyResponse(v.id(), v.name(), v.gender(), personal ? v.birthDate() : null, v.ethnicity(),
                v.party(), v.occupation(), v.townshipCode(), v.electoralDistrict(), personal ? v.contact() : null,
                v.mandates(), v.groups(), adjustments, v.version());
    }

    /** The deputy as the caller may see it: with or without contact and birth date ({@link DeputyContactPolicy}). */
    public static DeputyResponse visibleTo(Caller caller, DeputyView deputy) {
        return of(deputy, DeputyContactPolicy.maySeeContact(caller, deputy.id().toString(), deputy.townshipCode()));
    }

    @Override
    public String toString() {
        return "DeputyResponse[" + id + "]";
    }
}
