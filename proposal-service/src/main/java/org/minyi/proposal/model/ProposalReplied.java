package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the reply of {@code round}; {@code consulted} is false when the round's consultation was waived. */
public record ProposalReplied(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate repliedOn, ReplyClass replyClass, String text, LocalDate plannedCompletionOn, boolean consulted, LocalDate replyDueOn, String recordedBy, String onBehalfOf) {
}
