package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the proposal was not accepted, with the reason (not published). */
public record ProposalRejected(UUID proposalId, String congressCode, String townshipCode, LocalDate rejectedOn, String reason, String recordedBy, String onBehalfOf) {
}
