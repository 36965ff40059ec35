package org.minyi.deputy.activity.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Internal event: a duty activity took place. {@code notes} and {@code place} are the office's free text
 * (they may name voters) and stay inside the service; the public event carries neither.
 */
public record DutyActivityLogged(UUID activityId, ActivityType type, InspectionMode inspectionMode, LocalDate heldOn,
                                 String townshipCode, UUID groupId, List<UUID> deputyIds, String place, String notes,
                                 int itemsCollected, String evaluatedUnitCode, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "DutyActivityLogged[" + activityId + ", " + type + ", " + heldOn + "]";
    }
}
