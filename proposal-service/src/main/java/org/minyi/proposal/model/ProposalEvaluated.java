package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the lead deputy's evaluation of the reply of {@code round}. */
public record ProposalEvaluated(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate evaluatedOn, EvaluationResult result, String comment, String recordedBy, String onBehalfOf) {
}
