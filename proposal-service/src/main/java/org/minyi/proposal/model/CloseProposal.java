package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The presidium closes an item still unsatisfied after the last allowed round, with a note. */
public record CloseProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate closedOn, String note, String recordedBy, String onBehalfOf) {
}
