package org.minyi.proposal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Internal event: the class-B reply was marked implemented or not. */
public record ProposalImplementationRecorded(UUID proposalId, String congressCode, String townshipCode, LocalDate recordedOn, boolean implemented, String recordedBy, String onBehalfOf) {
}
