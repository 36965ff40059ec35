package org.minyi.deputy.group.model;

import java.util.UUID;

public record VenueDetached(UUID groupId, String townshipCode, UUID venueId, String recordedBy, String onBehalfOf) {
}
