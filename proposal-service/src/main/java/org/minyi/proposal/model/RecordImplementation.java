package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The office marks a class-B reply implemented (落实) or not; also after closing. */
public record RecordImplementation(@TargetAggregateIdentifier UUID proposalId, LocalDate recordedOn, boolean implemented, String recordedBy, String onBehalfOf) {
}
