package org.minyi.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minyi.proposal.model.ConsultationForm;
import org.minyi.proposal.model.EscalationLevel;
import org.minyi.proposal.model.EvaluationResult;
import org.minyi.proposal.model.ProposalCategory;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ReplyClass;
import org.minyi.proposal.model.SupervisionType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies of the proposal endpoints (described in the service's OpenAPI document, /v3/api-docs). Each
 * step may carry {@code onBehalfOf} ({@code unit:<code>} or {@code deputy:<id>}) when the office records it for
 * someone else. A property no record has is refused with 400 naming it.
 */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    public record Submit(UUID id, @NotNull ProposalKind kind, @NotBlank @Size(max = 9) String congressCode,
                         @Size(max = 40) String sessionId, @NotNull LocalDate submittedOn, @NotNull UUID leadDeputyId,
                         @Size(max = 200) List<@NotNull UUID> coSignerIds, @NotBlank @Size(max = 200) String title,
                         @Size(max = 20000) String content, @NotNull ProposalCategory category,
                         @Size(max = 60) String onBehalfOf) {
    }

    public record Register(@NotNull LocalDate registeredOn, @Size(max = 60) String onBehalfOf) {
    }

    public record Reject(@NotNull LocalDate rejectedOn, @NotBlank @Size(max = 2000) String reason,
                         @Size(max = 60) String onBehalfOf) {
    }

    public record Convert(@NotNull LocalDate convertedOn, @Size(max = 2000) String reason,
                          @Size(max = 60) String onBehalfOf) {
    }

    public record Assign(@NotNull LocalDate assignedOn, @NotBlank @Size(max = 40) String leadUnitCode,
                         @Size(max = 20) List<@NotBlank @Size(max = 40) String> coUnitCodes,
                         @NotBlank @Size(max = 50) String responsibleLeader, @NotBlank @Size(max = 50) String handler,
                         Boolean complex, @Size(max = 60) String onBehalfOf) {
    }

    public record Consultation(@NotNull LocalDate heldOn, @NotNull ConsultationForm form,
                               @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 50) String> attendees,
                               @Size(max = 60) String onBehalfOf) {
    }

    public record Waiver(@NotNull LocalDate waivedOn, @Size(max = 2000) String note, @Size(max = 60) String onBehalfOf) {
    }

    public record Reply(@NotNull LocalDate repliedOn, @NotNull ReplyClass replyClass,
                        @NotBlank @Size(max = 20000) String text, LocalDate plannedCompletionOn,
                        @Size(max = 60) String onBehalfOf) {
    }

    public record Evaluation(@NotNull LocalDate evaluatedOn, @NotNull EvaluationResult result,
                             @Size(max = 2000) String comment, @Size(max = 60) String onBehalfOf) {
    }

    public record Implementation(@NotNull LocalDate recordedOn, @NotNull Boolean implemented,
                                 @Size(max = 60) String onBehalfOf) {
    }

    public record Close(@NotNull LocalDate closedOn, @NotBlank @Size(max = 2000) String note,
                        @Size(max = 60) String onBehalfOf) {
    }

    public record Supervision(@NotNull LocalDate on, @NotNull SupervisionType type, @Size(max = 2000) String note,
                              @Size(max = 60) String onBehalfOf) {
    }

    public record Deferral(@NotNull LocalDate deferredOn, @NotNull LocalDate latestOn,
                           @NotBlank @Size(max = 2000) String measures, @Size(max = 60) String onBehalfOf) {
    }

    public record Escalation(@NotNull LocalDate escalatedOn, @NotNull EscalationLevel toLevel,
                             @Size(max = 2000) String note, @Size(max = 60) String onBehalfOf) {
    }
}
