package org.minyi.deputy.group.view;

import org.minyi.deputy.group.model.GroupKind;
import org.minyi.deputy.group.model.GroupRole;
import org.minyi.deputy.group.model.Venue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A group as the API shows it: members with their public details, offices and venues. Everything in
 * it is public (a group and its members are on the station's notice board).
 */
public record GroupView(UUID id, String townshipCode, String name, GroupKind kind, String theme, LocalDate formedOn,
                        UUID leaderId, UUID deputyLeaderId, UUID liaisonId, List<Member> members, List<Venue> venues,
                        String recordedBy, String onBehalfOf, long version) {

    /** A member: name and serving levels from the roster, the date they joined, the offices they hold. */
    public record Member(UUID deputyId, String name, List<String> servingLevels, LocalDate joinedOn,
                         List<GroupRole> roles) {
    }
}
