package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The office converts a motion (议案) into a suggestion (建议), before assignment. */
public record ConvertToSuggestion(@TargetAggregateIdentifier UUID proposalId, LocalDate convertedOn, String reason, String recordedBy, String onBehalfOf) {
}
