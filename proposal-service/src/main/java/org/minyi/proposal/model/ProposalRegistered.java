package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the proposal was registered. */
public record ProposalRegistered(UUID proposalId, String congressCode, String townshipCode, LocalDate registeredOn, String recordedBy, String onBehalfOf) {
}
