package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Submit a motion or suggestion to a congress, by the lead deputy with co-signers (the township follows from the congress). */
public record SubmitProposal(UUID proposalId, ProposalKind kind, String congressCode, String sessionId, LocalDate submittedOn, UUID leadDeputyId, List<UUID> coSignerIds, String title, String content, ProposalCategory category, String recordedBy, String onBehalfOf) {
}
