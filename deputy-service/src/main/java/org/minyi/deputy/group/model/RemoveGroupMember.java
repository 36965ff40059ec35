package org.minyi.deputy.group.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RemoveGroupMember(@TargetAggregateIdentifier UUID groupId, UUID deputyId, LocalDate leftOn,
                                String recordedBy, String onBehalfOf) {
}
