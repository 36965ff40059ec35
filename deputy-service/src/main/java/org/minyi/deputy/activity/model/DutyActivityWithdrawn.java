package org.minyi.deputy.activity.model;

import java.time.LocalDate;
import java.util.UUID;

public record DutyActivityWithdrawn(UUID activityId, String townshipCode, LocalDate withdrawnOn, String reason,
                                    String recordedBy, String onBehalfOf) {
}
