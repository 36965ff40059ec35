package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The lead deputy evaluates the reply of the current round (满意度测评). */
public record EvaluateReply(@TargetAggregateIdentifier UUID proposalId, LocalDate evaluatedOn, EvaluationResult result, String comment, String recordedBy, String onBehalfOf) {
}
