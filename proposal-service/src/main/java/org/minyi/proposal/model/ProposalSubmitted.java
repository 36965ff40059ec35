package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: a proposal was submitted. Title and content are for the view only, never published. */
public record ProposalSubmitted(UUID proposalId, ProposalKind kind, String congressCode, String townshipCode, String sessionId, LocalDate submittedOn, UUID leadDeputyId, List<UUID> coSignerIds, String title, String content, ProposalCategory category, String recordedBy, String onBehalfOf) {
}
