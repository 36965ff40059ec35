package org.minyi.deputy.group.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: a group was formed on {@code formedOn} with these members and offices. */
public record DeputyGroupFormed(UUID groupId, String townshipCode, String name, GroupKind kind, String theme,
                                LocalDate formedOn, UUID leaderId, UUID deputyLeaderId, UUID liaisonId,
                                List<UUID> memberIds, Venue venue, String recordedBy, String onBehalfOf) {
}
