package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deferral (延办) while the reply is pending: the latest date and the measures taken. */
public record DeferProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate deferredOn, LocalDate latestOn, String measures, String recordedBy, String onBehalfOf) {
}
