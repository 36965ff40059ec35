package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: deferral with a latest date and measures. */
public record ProposalDeferred(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate deferredOn, LocalDate latestOn, String measures, String recordedBy, String onBehalfOf) {
}
