package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation (面商) with the deputy was held in the current round. */
public record RecordConsultation(@TargetAggregateIdentifier UUID proposalId, LocalDate heldOn, ConsultationForm form, List<String> attendees, String recordedBy, String onBehalfOf) {
}
