package org.minyi.deputy.activity.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Log a duty activity; the aggregate checks it, its references and who took part. */
public record LogDutyActivity(@TargetAggregateIdentifier UUID activityId, ActivityType type,
                              InspectionMode inspectionMode, LocalDate heldOn, String townshipCode, UUID groupId,
                              List<UUID> deputyIds, String place, String notes, int itemsCollected,
                              String evaluatedUnitCode, String recordedBy, String onBehalfOf) {

    @Override
    public String toString() {
        return "LogDutyActivity[" + activityId + ", " + type + "]";
    }
}
