package org.minyi.deputy.group.model;

import java.util.UUID;

/** A place where a group meets voters; public (it is on the door of the station). */
public record Venue(UUID venueId, VenueKind kind, String name, String address) {
}
