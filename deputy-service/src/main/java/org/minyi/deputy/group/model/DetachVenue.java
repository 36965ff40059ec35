package org.minyi.deputy.group.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record DetachVenue(@TargetAggregateIdentifier UUID groupId, UUID venueId, String recordedBy,
                          String onBehalfOf) {
}
