package org.minyi.proposal.view;

import org.minyi.proposal.model.EscalationLevel;
import org.minyi.proposal.model.EvaluationResult;
import org.minyi.proposal.model.ProposalCategory;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ProposalScope;
import org.minyi.proposal.model.ProposalState;
import org.minyi.proposal.model.ReplyClass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The service's own read model of one proposal, as stored in {@code proposal_view} and its side tables. */
public record ProposalView(UUID id, ProposalKind kind, String congressCode, String townshipCode, String sessionId,
                           LocalDate submittedOn, UUID leadDeputyId, List<UUID> coSignerIds, String title,
                           String content, ProposalCategory category, ProposalState state, int round,
                           String leadUnitCode, List<String> coUnitCodes, String responsibleLeader, String handler,
                           Boolean complex, LocalDate assignedOn, LocalDate deadline, ReplyClass latestReplyClass,
                           LocalDate plannedCompletionOn, EvaluationResult latestEvaluation, Boolean implemented,
                           LocalDate deferredUntil, EscalationLevel escalatedTo, long version,
                           List<TimelineEntry> timeline) implements ProposalScope {

    /** One step: what, in which round, its business date, who typed it in and for whom, and its particulars. */
    public record TimelineEntry(String action, int round, LocalDate on, String recordedBy, String onBehalfOf,
                                Instant recordedAt, Map<String, Object> details) {
    }

    @Override
    public List<UUID> signers() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(leadDeputyId), coSignerIds.stream()).toList();
    }
}
