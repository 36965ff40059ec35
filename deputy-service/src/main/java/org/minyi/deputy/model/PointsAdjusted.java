package org.minyi.deputy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal event: a manual points adjustment dated {@code on}. The reason is the office's free text
 * (it may mention health or family); the public event leaves it out.
 */
public record PointsAdjusted(UUID deputyId, String townshipCode, UUID adjustmentId, PointsCategory category,
                             BigDecimal points, String reason, LocalDate on, String recordedBy, String onBehalfOf) {
}
