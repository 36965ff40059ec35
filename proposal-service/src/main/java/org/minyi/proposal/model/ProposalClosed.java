package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: closed, automatically on a satisfied evaluation or by the presidium with a note. */
public record ProposalClosed(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate closedOn, boolean byPresidium, String note, String recordedBy, String onBehalfOf) {
}
