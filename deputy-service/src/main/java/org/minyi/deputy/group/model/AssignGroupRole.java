package org.minyi.deputy.group.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Give an office to a member; {@code deputyId} null leaves a deputy leader's or liaison's office empty. */
public record AssignGroupRole(@TargetAggregateIdentifier UUID groupId, GroupRole role, UUID deputyId, LocalDate on,
                              String recordedBy, String onBehalfOf) {
}
