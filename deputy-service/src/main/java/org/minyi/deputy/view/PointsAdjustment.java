package org.minyi.deputy.view;

import org.minyi.deputy.model.PointsCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A points adjustment as shown on the deputy's profile; {@code reason} only to those who see the contact. */
public record PointsAdjustment(UUID id, PointsCategory category, BigDecimal points, String reason, LocalDate on,
                               String recordedBy) {
}
