package org.minyi.deputy.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The office adds (or takes off, when negative) points by hand, with a reason (积分调整). */
public record AdjustPoints(@TargetAggregateIdentifier UUID deputyId, UUID adjustmentId, PointsCategory category,
                           BigDecimal points, String reason, LocalDate on, String recordedBy, String onBehalfOf) {
}
