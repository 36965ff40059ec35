package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The congress office does not accept (不予立案) a submitted proposal, with the reason. */
public record RejectProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate rejectedOn, String reason, String recordedBy, String onBehalfOf) {
}
