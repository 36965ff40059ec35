package org.minyi.deputy.group.model;

import java.time.LocalDate;
import java.util.UUID;

/** Internal event: from {@code on}, {@code deputyId} holds the office ({@code null}: nobody). */
public record GroupRoleAssigned(UUID groupId, String townshipCode, GroupRole role, UUID deputyId, LocalDate on,
                                String recordedBy, String onBehalfOf) {
}
