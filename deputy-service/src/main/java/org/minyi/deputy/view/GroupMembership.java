package org.minyi.deputy.view;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group the deputy is in now, as the profile and the roster show it ({@code kind}, {@code roles}: the group's names). */
public record GroupMembership(UUID groupId, String name, String kind, LocalDate joinedOn, List<String> roles) {
}
