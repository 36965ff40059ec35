package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: an unsatisfied evaluation started round {@code round} (重新办理); the new reply is due on {@code replyDueOn}. */
public record ProposalRehandlingStarted(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate startedOn, LocalDate replyDueOn, String recordedBy, String onBehalfOf) {
}
