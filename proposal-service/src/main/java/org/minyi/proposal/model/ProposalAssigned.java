package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: assigned to its units; the reply is due on {@code replyDueOn}. */
public record ProposalAssigned(UUID proposalId, String congressCode, String townshipCode, LocalDate assignedOn, String leadUnitCode, List<String> coUnitCodes, String responsibleLeader, String handler, boolean complex, LocalDate replyDueOn, int round, String recordedBy, String onBehalfOf) {
}
