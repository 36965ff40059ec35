package org.minyi.deputy.group.model;

import java.util.UUID;

public record VenueAttached(UUID groupId, String townshipCode, Venue venue, String recordedBy, String onBehalfOf) {
}
