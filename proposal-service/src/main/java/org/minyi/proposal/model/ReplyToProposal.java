package org.minyi.proposal.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The lead unit replies (答复): class A, B (with planned completion) or C (the text explains). */
public record ReplyToProposal(@TargetAggregateIdentifier UUID proposalId, LocalDate repliedOn, ReplyClass replyClass, String text, LocalDate plannedCompletionOn, String recordedBy, String onBehalfOf) {
}
