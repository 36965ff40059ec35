package org.minyi.proposal.web;

import org.minyi.proposal.model.EscalationLevel;
import org.minyi.proposal.model.EvaluationResult;
import org.minyi.proposal.model.ProposalAction;
import org.minyi.proposal.model.ProposalCategory;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ProposalState;
import org.minyi.proposal.model.ReplyClass;
import org.minyi.proposal.view.ProposalView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as the API shows it (every field described in the service's OpenAPI document, /v3/api-docs).
 * {@code deadline} is the reply deadline of the current round once
 * assigned; {@code overdue} is as of today and only while a reply is pending.
 */
public record ProposalResponse(UUID id, ProposalKind kind, String congressCode, String townshipCode, String sessionId,
                               LocalDate submittedOn, Signer leadDeputy, List<Signer> coSigners, String title,
                               String content, ProposalCategory category, ProposalState state, int round,
                               ProposalAction nextStep, List<ProposalAction> allowedActions, LocalDate deadline,
                               boolean overdue, Assignment assignment, ReplyClass latestReplyClass,
                               LocalDate plannedCompletionOn, EvaluationResult latestEvaluation, Boolean implemented,
                               LocalDate deferredUntil, EscalationLevel escalatedTo, long version,
                               List<ProposalView.TimelineEntry> timeline) {

    /** A signer with the public details this service knows from the deputy topic (name absent if unknown). */
    public record Signer(UUID id, String name, String townshipCode) {
    }

    public record Assignment(LocalDate assignedOn, String leadUnitCode, List<String> coUnitCodes,
                             String responsibleLeader, String handler, boolean complex) {
    }

    /** One page of proposals: {@code {items[], page, size, total}}. */
    public record Page(List<ProposalResponse> items, int page, int size, long total) {
    }
}
