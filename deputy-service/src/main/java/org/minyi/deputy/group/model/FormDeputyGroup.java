package org.minyi.deputy.group.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Form a deputy group or topic group of a township with its members and offices; the aggregate checks them. */
public record FormDeputyGroup(@TargetAggregateIdentifier UUID groupId, String townshipCode, String name,
                              GroupKind kind, String theme, LocalDate formedOn, UUID leaderId, UUID deputyLeaderId,
                              UUID liaisonId, List<UUID> memberIds, Venue venue, String recordedBy,
                              String onBehalfOf) {
}
