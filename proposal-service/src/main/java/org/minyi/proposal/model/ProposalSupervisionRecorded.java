package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: a supervision entry. */
public record ProposalSupervisionRecorded(UUID proposalId, String congressCode, String townshipCode, LocalDate on, SupervisionType type, String note, String recordedBy, String onBehalfOf) {
}
