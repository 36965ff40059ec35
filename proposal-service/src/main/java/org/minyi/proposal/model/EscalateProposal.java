package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An item beyond the township's power is escalated upward. */
public record EscalateProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate escalatedOn, EscalationLevel toLevel, String note, String recordedBy, String onBehalfOf) {
}
