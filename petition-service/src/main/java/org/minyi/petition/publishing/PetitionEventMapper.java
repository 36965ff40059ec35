package org.minyi.petition.publishing;

import org.minyi.contract.EventTypes;
import org.minyi.petition.model.AppointmentHeld;
import org.minyi.petition.model.AppointmentHeld;
import org.minyi.petition.model.CaseOwnershipTaken;
import org.minyi.petition.model.CaseOwnershipTaken;
import org.minyi.petition.model.PetitionArchived;
import org.minyi.petition.model.PetitionArchived;
import org.minyi.petition.model.PetitionAssigned;
import org.minyi.petition.model.PetitionAssigned;
import org.minyi.petition.model.PetitionCompleted;
import org.minyi.petition.model.PetitionCompleted;
import org.minyi.petition.model.PetitionDeadlineExtended;
import org.minyi.petition.model.PetitionDeadlineExtended;
import org.minyi.petition.model.PetitionFacts;
import org.minyi.petition.model.PetitionFacts;
import org.minyi.petition.model.PetitionInstructed;
import org.minyi.petition.model.PetitionInstructed;
import org.minyi.petition.model.PetitionNotAccepted;
import org.minyi.petition.model.PetitionNotAccepted;
import org.minyi.petition.model.PetitionReceived;
import org.minyi.petition.model.PetitionReceived;
import org.minyi.petition.model.PetitionRegistered;
import org.minyi.petition.model.PetitionRegistered;
import org.minyi.petition.model.PetitionSupervised;
import org.minyi.petition.model.PetitionSupervised;
import org.minyi.petition.model.PetitionTransferred;
import org.minyi.petition.model.PetitionTransferred;
import org.minyi.petition.model.PetitionerAnswered;
import org.minyi.petition.model.PetitionerAnswered;
import org.minyi.petition.model.ReturnVisitRecorded;
import org.minyi.petition.model.ReturnVisitRecorded;
import org.minyi.petition.model.ReviewRequested;
import org.minyi.petition.model.ReviewRequested;
import org.minyi.platform.publishing.PublicEventMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Internal petition events to the public contract: township, unit, category, flags, round, dates and
 * deadlines, never who the petitioners are and never free text (results, answers, reasons, notes,
 * instructions, the competent body's name), which may name people. Every payload is checked against
 * its closed JSON Schema before it is sent.
 */
@Component
public class PetitionEventMapper implements PublicEventMapper {

    @Override
    public List<PublicPayload> toPublicEvents(Object event) {
        if (event instanceof PetitionReceived e) {
            // PetitionReceived.v1 stays as it is; the deadlines that start with receipt follow in their own type.
            Map<String, Object> deadlines = new LinkedHashMap<>();
            deadlines.put("petitionId", e.petitionId());
            deadlines.put("townshipCode", e.townshipCode());
            deadlines.put("villageCode", e.villageCode());
            deadlines.put("receivedOn", e.receivedOn());
            deadlines.put("registrationDeadline", e.registrationDeadline());
            deadlines.put("dispositionDeadline", e.dispositionDeadline());
            deadlines.put("recordedBy", e.recordedBy());
            deadlines.put("onBehalfOf", e.onBehalfOf());
            List<PublicPayload> payloads = new ArrayList<>();
            payloads.add(received(e));
            if (e.registrationDeadline() != null) {
                payloads.add(new PublicPayload(EventTypes.PETITION_DEADLINES_SET, e.townshipCode(), deadlines));
            }
            return payloads;
        }
        return toPublic(event).stream().toList();
    }

    @Override
    public Optional<PublicPayload> toPublic(Object event) {
        PublicPayload payload = null;
        if (event instanceof PetitionReceived e) {
            payload = received(e);
        } else if (event instanceof PetitionRegistered e) {
            payload = step(EventTypes.PETITION_REGISTERED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "registeredOn", e.registeredOn(), "repeatOf", e.repeatOf(),
                    "registrationDeadline", e.registrationDeadline(), "dispositionDeadline", e.dispositionDeadline());
        } else if (event instanceof PetitionInstructed e) {
            payload = step(EventTypes.PETITION_INSTRUCTED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "instructedOn", e.on());
        } else if (event instanceof CaseOwnershipTaken e) {
            payload = step(EventTypes.PETITION_CASE_OWNERSHIP_TAKEN, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "takenOn", e.on());
        } else if (event instanceof AppointmentHeld e) {
            payload = step(EventTypes.PETITION_APPOINTMENT_HELD, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "heldOn", e.on());
        } else if (event instanceof PetitionAssigned e) {
            payload = step(EventTypes.PETITION_ASSIGNED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "assignedOn", e.assignedOn(), "dispositionDeadline", e.dispositionDeadline(),
                    "completionDeadline", e.completionDeadline());
        } else if (event instanceof PetitionTransferred e) {
            payload = step(EventTypes.PETITION_TRANSFERRED, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "transferredOn", e.transferredOn(),
                    "dispositionDeadline", e.dispositionDeadline(), "completionDeadline", e.completionDeadline());
        } else if (event instanceof PetitionNotAccepted e) {
            payload = step(EventTypes.PETITION_NOT_ACCEPTED, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "decidedOn", e.decidedOn(),
                    "dispositionDeadline", e.dispositionDeadline(), "answerDeadline", e.answerDeadline());
        } else if (event instanceof PetitionSupervised e) {
            payload = step(EventTypes.PETITION_SUPERVISED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "supervisedOn", e.on(), "supervisionType", e.type(), "step", e.step(),
                    "stepDeadline", e.stepDeadline());
        } else if (event instanceof PetitionDeadlineExtended e) {
            payload = step(EventTypes.PETITION_DEADLINE_EXTENDED, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "extendedOn", e.on(), "days", e.days(),
                    "previousCompletionDeadline", e.previousCompletionDeadline(),
                    "completionDeadline", e.completionDeadline());
        } else if (event instanceof PetitionCompleted e) {
            payload = step(EventTypes.PETITION_COMPLETED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "completedOn", e.completedOn(), "completionDeadline", e.completionDeadline(),
                    "answerDeadline", e.answerDeadline());
        } else if (event instanceof PetitionerAnswered e) {
            payload = step(EventTypes.PETITION_ANSWERED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "answeredOn", e.answeredOn(), "answerChannel", e.channel(),
                    "answerDeadline", e.answerDeadline(), "returnVisitDeadline", e.returnVisitDeadline(),
                    "reviewRequestDeadline", e.reviewRequestDeadline());
        } else if (event instanceof ReturnVisitRecorded e) {
            payload = step(EventTypes.PETITION_RETURN_VISITED, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "visitedOn", e.visitedOn(), "satisfaction", e.satisfaction(),
                    "returnVisitDeadline", e.returnVisitDeadline());
        } else if (event instanceof ReviewRequested e) {
            payload = step(EventTypes.PETITION_REVIEW_REQUESTED, e.petitionId(), e.facts(),
                    e.recordedBy(), e.onBehalfOf(), "requestedOn", e.requestedOn(),
                    "reviewRequestDeadline", e.reviewRequestDeadline(), "completionDeadline", e.completionDeadline());
        } else if (event instanceof PetitionArchived e) {
            payload = step(EventTypes.PETITION_ARCHIVED, e.petitionId(), e.facts(), e.recordedBy(),
                    e.onBehalfOf(), "archivedOn", e.archivedOn());
        }
        return Optional.ofNullable(payload);
    }

    private static PublicPayload received(PetitionReceived e) {
        return new PublicPayload(EventTypes.PETITION_RECEIVED, e.townshipCode(),
                new PetitionReceivedV1(e.petitionId(), e.townshipCode(), e.villageCode(), e.channel().name(),
                    e.receivedOn(), e.visitors(), e.petitioners().size(), e.collective(), e.recordedBy(),
                    e.onBehalfOf()));
    }

    /** A lifecycle step's payload: the petition's facts, the step's own fields (name, value, ...), who recorded it. */
    private static PublicPayload step(String type, UUID petitionId, PetitionFacts facts, String recordedBy,
                                  String onBehalfOf, Object... fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("petitionId", petitionId);
        data.put("townshipCode", facts.townshipCode());
        data.put("villageCode", facts.villageCode());
        data.put("receivedOn", facts.receivedOn());
        data.put("category", facts.category() == null ? null : facts.category().name());
        data.put("flags", facts.flags().stream().map(Enum::name).toList());
        data.put("unitCode", facts.unitCode());
        data.put("round", facts.round());
        for (int i = 0; i < fields.length; i += 2) {
            Object value = fields[i + 1];
            data.put((String) fields[i], value instanceof Enum<?> e ? e.name() : value);
        }
        data.put("recordedBy", recordedBy);
        data.put("onBehalfOf", onBehalfOf);
        return new PublicPayload(type, facts.townshipCode(), data);
    }

    /** Payload of {@code org.minyi.petition.PetitionReceived.v1}; see its JSON Schema in the contract module. */
    record PetitionReceivedV1(UUID petitionId, String townshipCode, String villageCode, String channel,
                          LocalDate receivedOn, Integer visitors, int petitionerCount, boolean collective,
                          String recordedBy, String onBehalfOf) {
    }
}
