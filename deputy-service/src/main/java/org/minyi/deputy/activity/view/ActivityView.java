package org.minyi.deputy.activity.view;

import org.minyi.deputy.activity.model.ActivityAccessPolicy;
import org.minyi.deputy.activity.model.ActivityType;
import org.minyi.deputy.activity.model.InspectionMode;
import org.minyi.deputy.activity.model.LoggedActivity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A duty activity as the API shows it. {@code place} and {@code notes} are absent for callers that
 * {@link ActivityAccessPolicy} does not let see the office's free text.
 */
public record ActivityView(UUID id, ActivityType type, InspectionMode inspectionMode, LocalDate heldOn,
                           String townshipCode, UUID groupId, List<UUID> deputyIds, String place, String notes,
                           int itemsCollected, String evaluatedUnitCode, LocalDate withdrawnOn, String withdrawReason,
                           String recordedBy, String onBehalfOf, long version) implements LoggedActivity {

    public ActivityView withoutFreeText() {
        return new ActivityView(id, type, inspectionMode, heldOn, townshipCode, groupId, deputyIds, null, null,
                itemsCollected, evaluatedUnitCode, withdrawnOn, null, recordedBy, onBehalfOf, version);
    }
}
