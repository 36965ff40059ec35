package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supervision entry (督办): progress report, site visit or public disclosure. */
public record RecordSupervision(@TargetAggregateIdentifier UUID proposalId, LocalDate on, SupervisionType type, String note, String recordedBy, String onBehalfOf) {
}
