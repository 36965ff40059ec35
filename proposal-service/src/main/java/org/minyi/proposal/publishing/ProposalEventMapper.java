package org.minyi.proposal.publishing;

import org.minyi.contract.EventTypes;
import org.minyi.platform.publishing.PublicEventMapper;
import org.minyi.proposal.model.CongressLevel;
import org.minyi.proposal.model.ProposalAssigned;
import org.minyi.proposal.model.ProposalClosed;
import org.minyi.proposal.model.ProposalConsultationHeld;
import org.minyi.proposal.model.ProposalConsultationWaived;
import org.minyi.proposal.model.ProposalConverted;
import org.minyi.proposal.model.ProposalDeferred;
import org.minyi.proposal.model.ProposalEscalated;
import org.minyi.proposal.model.ProposalEvaluated;
import org.minyi.proposal.model.ProposalImplementationRecorded;
import org.minyi.proposal.model.ProposalRegistered;
import org.minyi.proposal.model.ProposalRehandlingStarted;
import org.minyi.proposal.model.ProposalRejected;
import org.minyi.proposal.model.ProposalReplied;
import org.minyi.proposal.model.ProposalSubmitted;
import org.minyi.proposal.model.ProposalSupervisionRecorded;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Internal proposal events to the public contract ({@code npc.proposal.events}): what the metrics of
 * docs/domain.md §6 need (congress and township, kind, category, session, dates, deadlines, units, reply class,
 * round, consultation or waiver, evaluation, implementation). Never free text: no title, content, reason,
 * reply text, comment or note, and no names (attendees are counted; leaders and handlers left out).
 */
@Component
public class ProposalEventMapper implements PublicEventMapper {

    @Override
    public Optional<PublicPayload> toPublic(Object event) {
        if (event instanceof ProposalSubmitted e) {
            return Optional.of(payload(EventTypes.PROPOSAL_SUBMITTED, e.townshipCode(), new SubmittedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.kind().name(),
                    CongressLevel.of("congressCode", e.congressCode()).name(), e.category().name(), e.sessionId(),
                    e.submittedOn(), e.leadDeputyId(), e.coSignerIds(), e.coSignerIds().size() + 1, e.recordedBy(),
                    e.onBehalfOf())));
        }
        if (event instanceof ProposalRegistered e) {
            return Optional.of(payload(EventTypes.PROPOSAL_REGISTERED, e.townshipCode(), new RegisteredV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.registeredOn(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalRejected e) {
            return Optional.of(payload(EventTypes.PROPOSAL_REJECTED, e.townshipCode(), new RejectedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.rejectedOn(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalConverted e) {
            return Optional.of(payload(EventTypes.PROPOSAL_CONVERTED, e.townshipCode(), new ConvertedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.convertedOn(), "SUGGESTION", e.recordedBy(),
                    e.onBehalfOf())));
        }
        if (event instanceof ProposalAssigned e) {
            return Optional.of(payload(EventTypes.PROPOSAL_ASSIGNED, e.townshipCode(), new AssignedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.assignedOn(), e.leadUnitCode(), e.coUnitCodes(),
                    e.complex(), e.replyDueOn(), e.round(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalConsultationHeld e) {
            return Optional.of(payload(EventTypes.PROPOSAL_CONSULTATION_HELD, e.townshipCode(),
                    new ConsultationHeldV1(e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.heldOn(),
                            e.form().name(), e.attendees().size(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalConsultationWaived e) {
            return Optional.of(payload(EventTypes.PROPOSAL_CONSULTATION_WAIVED, e.townshipCode(),
                    new ConsultationWaivedV1(e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.waivedOn(),
                            e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalReplied e) {
            return Optional.of(payload(EventTypes.PROPOSAL_REPLIED, e.townshipCode(), new RepliedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.repliedOn(), e.replyClass().name(),
                    e.plannedCompletionOn(), e.consulted(), e.replyDueOn(), !e.repliedOn().isAfter(e.replyDueOn()),
                    e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalEvaluated e) {
            return Optional.of(payload(EventTypes.PROPOSAL_EVALUATED, e.townshipCode(), new EvaluatedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.evaluatedOn(), e.result().name(),
                    e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalRehandlingStarted e) {
            return Optional.of(payload(EventTypes.PROPOSAL_REHANDLING_STARTED, e.townshipCode(),
                    new RehandlingStartedV1(e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.startedOn(),
                            e.replyDueOn(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalClosed e) {
            return Optional.of(payload(EventTypes.PROPOSAL_CLOSED, e.townshipCode(), new ClosedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.closedOn(), e.byPresidium(),
                    e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalDeferred e) {
            return Optional.of(payload(EventTypes.PROPOSAL_DEFERRED, e.townshipCode(), new DeferredV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.round(), e.deferredOn(), e.latestOn(),
                    e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalEscalated e) {
            return Optional.of(payload(EventTypes.PROPOSAL_ESCALATED, e.townshipCode(), new EscalatedV1(
                    e.proposalId(), e.congressCode(), e.townshipCode(), e.escalatedOn(), e.toLevel().name(),
                    e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalImplementationRecorded e) {
            return Optional.of(payload(EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED,
                    e.townshipCode(), new ImplementationRecordedV1(e.proposalId(), e.congressCode(), e.townshipCode(),
                            e.recordedOn(), e.implemented(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof ProposalSupervisionRecorded e) {
            return Optional.of(payload(EventTypes.PROPOSAL_SUPERVISION_RECORDED, e.townshipCode(),
                    new SupervisionRecordedV1(e.proposalId(), e.congressCode(), e.townshipCode(), e.on(),
                            e.type().name(), e.recordedBy(), e.onBehalfOf())));
        }
        return Optional.empty();
    }

    private static PublicPayload payload(String type, String townshipCode, Object data) {
        return new PublicPayload(type, townshipCode, data);
    }

    // Payloads of the contract types; see their JSON Schemas in the contract module.

    record SubmittedV1(UUID proposalId, String congressCode, String townshipCode, String kind, String congressLevel,
                       String category, String sessionId, LocalDate submittedOn, UUID leadDeputyId,
                       List<UUID> coSignerIds, int signerCount, String recordedBy, String onBehalfOf) {
    }

    record RegisteredV1(UUID proposalId, String congressCode, String townshipCode, LocalDate registeredOn,
                        String recordedBy, String onBehalfOf) {
    }

    record RejectedV1(UUID proposalId, String congressCode, String townshipCode, LocalDate rejectedOn,
                      String recordedBy, String onBehalfOf) {
    }

    record ConvertedV1(UUID proposalId, String congressCode, String townshipCode, LocalDate convertedOn, String kind,
                       String recordedBy, String onBehalfOf) {
    }

    record AssignedV1(UUID proposalId, String congressCode, String townshipCode, LocalDate assignedOn,
                      String leadUnitCode, List<String> coUnitCodes, boolean complex, LocalDate replyDueOn, int round,
                      String recordedBy, String onBehalfOf) {
    }

    record ConsultationHeldV1(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate heldOn,
                              String form, int attendeeCount, String recordedBy, String onBehalfOf) {
    }

    record ConsultationWaivedV1(UUID proposalId, String congressCode, String townshipCode, int round,
                                LocalDate waivedOn, String recordedBy, String onBehalfOf) {
    }

    record RepliedV1(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate repliedOn,
                     String replyClass, LocalDate plannedCompletionOn, boolean consulted, LocalDate replyDueOn,
                     boolean onTime, String recordedBy, String onBehalfOf) {
    }

    record EvaluatedV1(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate evaluatedOn,
                       String result, String recordedBy, String onBehalfOf) {
    }

    record RehandlingStartedV1(UUID proposalId, String congressCode, String townshipCode, int round,
                               LocalDate startedOn, LocalDate replyDueOn, String recordedBy, String onBehalfOf) {
    }

    record ClosedV1(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate closedOn,
                    boolean byPresidium, String recordedBy, String onBehalfOf) {
    }

    record DeferredV1(UUID proposalId, String congressCode, String townshipCode, int round, LocalDate deferredOn,
                      LocalDate latestOn, String recordedBy, String onBehalfOf) {
    }

    record EscalatedV1(UUID proposalId, String congressCode, String townshipCode, LocalDate escalatedOn,
                       String toLevel, String recordedBy, String onBehalfOf) {
    }

    record ImplementationRecordedV1(UUID proposalId, String congressCode, String townshipCode, LocalDate recordedOn,
                                    boolean implemented, String recordedBy, String onBehalfOf) {
    }

    record SupervisionRecordedV1(UUID proposalId, String congressCode, String townshipCode, LocalDate on, String type,
                                 String recordedBy, String onBehalfOf) {
    }
}
