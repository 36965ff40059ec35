package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The congress office registers (立案) a submitted proposal. */
public record RegisterProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate registeredOn, String recordedBy, String onBehalfOf) {
}
