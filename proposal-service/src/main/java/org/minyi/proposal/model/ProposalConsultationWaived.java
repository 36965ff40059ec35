package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the deputy waived the consultation of {@code round}. */
public record ProposalConsultationWaived(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate waivedOn, String note, String recordedBy, String onBehalfOf) {
}
