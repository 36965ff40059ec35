package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: a consultation was held in {@code round}. */
public record ProposalConsultationHeld(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate heldOn, ConsultationForm form, List<String> attendees, String recordedBy, String onBehalfOf) {
}
