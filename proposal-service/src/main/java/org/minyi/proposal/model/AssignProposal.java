package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Assignment (交办): lead unit, co-units and the "three in place" (unit, responsible leader, handler). */
public record AssignProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate assignedOn, String leadUnitCode, List<String> coUnitCodes, String responsibleLeader, String handler, boolean complex, String recordedBy, String onBehalfOf) {
}
