package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: escalated upward. */
public record ProposalEscalated(UUID proposalId, String congressCode, String townshipCode, LocalDate escalatedOn, EscalationLevel toLevel, String note, String recordedBy, String onBehalfOf) {
}
