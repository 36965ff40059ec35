package org.minyi.deputy.group.model;

import java.time.LocalDate;
import java.util.UUID;

public record GroupMemberAdded(UUID groupId, String townshipCode, GroupKind kind, UUID deputyId, LocalDate joinedOn,
                               String recordedBy, String onBehalfOf) {
}
