package org.minyi.deputy.activity.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Take back an activity logged by mistake; it stays in the history, marked withdrawn, and no longer counts. */
public record WithdrawDutyActivity(@TargetAggregateIdentifier UUID activityId, LocalDate withdrawnOn, String reason,
                                   String recordedBy, String onBehalfOf) {
}
