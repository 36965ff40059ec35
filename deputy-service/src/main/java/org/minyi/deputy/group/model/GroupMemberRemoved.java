package org.minyi.deputy.group.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the deputy left the group; {@code vacatedRoles} are the offices they held, now empty. */
public record GroupMemberRemoved(UUID groupId, String townshipCode, GroupKind kind, UUID deputyId, LocalDate leftOn,
                                 List<GroupRole> vacatedRoles, String recordedBy, String onBehalfOf) {
}
