package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The deputy waived the consultation of the current round. */
public record WaiveConsultation(@TargetAggregateIdentifier UUID proposalId, LocalDate waivedOn, String note, String recordedBy, String onBehalfOf) {
}
