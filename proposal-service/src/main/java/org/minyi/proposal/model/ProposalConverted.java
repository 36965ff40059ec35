package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the motion became a suggestion. */
public record ProposalConverted(UUID proposalId, String congressCode, String townshipCode, LocalDate convertedOn, String reason, String recordedBy, String onBehalfOf) {
}
