package org.minyi.deputy.group.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record AttachVenue(@TargetAggregateIdentifier UUID groupId, Venue venue, String recordedBy,
                          String onBehalfOf) {
}
