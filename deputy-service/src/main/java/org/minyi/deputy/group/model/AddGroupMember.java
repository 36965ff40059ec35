package org.minyi.deputy.group.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record AddGroupMember(@TargetAggregateIdentifier UUID groupId, UUID deputyId, LocalDate joinedOn,
                             String recordedBy, String onBehalfOf) {
}
