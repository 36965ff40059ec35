package org.minyi.contract;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event types of the public contract. A type name is {@code org.minyi.<context>.<Name>.v<N>};
 * its JSON Schema lives at {@code org/minyi/contract/schemas/<context>/<Name>.v<N>.schema.json}.
 * A breaking change to a payload is a new version (a new type name), never an edit.
 */
public final class EventTypes {

    public static final String PETITION_RECEIVED = "org.minyi.petition.PetitionReceived.v1";
    /** The petition lifecycle (DOMAIN §5): a type per step; the receipt deadlines beside PetitionReceived. */
    public static final String PETITION_DEADLINES_SET = "org.minyi.petition.PetitionDeadlinesSet.v1";
    public static final String PETITION_REGISTERED = "org.minyi.petition.PetitionRegistered.v1";
    public static final String PETITION_INSTRUCTED = "org.minyi.petition.PetitionInstructed.v1";
    public static final String PETITION_CASE_OWNERSHIP_TAKEN = "org.minyi.petition.PetitionCaseOwnershipTaken.v1";
    public static final String PETITION_APPOINTMENT_HELD = "org.minyi.petition.PetitionAppointmentHeld.v1";
    public static final String PETITION_ASSIGNED = "org.minyi.petition.PetitionAssigned.v1";
    public static final String PETITION_TRANSFERRED = "org.minyi.petition.PetitionTransferred.v1";
    public static final String PETITION_NOT_ACCEPTED = "org.minyi.petition.PetitionNotAccepted.v1";
    public static final String PETITION_SUPERVISED = "org.minyi.petition.PetitionSupervised.v1";
    public static final String PETITION_DEADLINE_EXTENDED = "org.minyi.petition.PetitionDeadlineExtended.v1";
    public static final String PETITION_COMPLETED = "org.minyi.petition.PetitionCompleted.v1";
    public static final String PETITION_ANSWERED = "org.minyi.petition.PetitionAnswered.v1";
    public static final String PETITION_RETURN_VISITED = "org.minyi.petition.PetitionReturnVisited.v1";
    public static final String PETITION_REVIEW_REQUESTED = "org.minyi.petition.PetitionReviewRequested.v1";
    public static final String PETITION_ARCHIVED = "org.minyi.petition.PetitionArchived.v1";
    public static final String DEPUTY_REGISTERED = "org.minyi.deputy.DeputyRegistered.v1";
    public static final String MANDATE_ADDED = "org.minyi.deputy.MandateAdded.v1";
    public static final String MANDATE_ENDED = "org.minyi.deputy.MandateEnded.v1";
    public static final String DEPUTY_GROUP_FORMED = "org.minyi.deputy.DeputyGroupFormed.v1";
    public static final String GROUP_MEMBER_ADDED = "org.minyi.deputy.GroupMemberAdded.v1";
    public static final String GROUP_MEMBER_REMOVED = "org.minyi.deputy.GroupMemberRemoved.v1";
    public static final String GROUP_ROLE_ASSIGNED = "org.minyi.deputy.GroupRoleAssigned.v1";
    public static final String VENUE_ATTACHED = "org.minyi.deputy.VenueAttached.v1";
    public static final String VENUE_DETACHED = "org.minyi.deputy.VenueDetached.v1";
    public static final String DUTY_ACTIVITY_LOGGED = "org.minyi.deputy.DutyActivityLogged.v1";
    public static final String DUTY_ACTIVITY_WITHDRAWN = "org.minyi.deputy.DutyActivityWithdrawn.v1";
    public static final String POINTS_ADJUSTED = "org.minyi.deputy.PointsAdjusted.v1";

    // proposal-service (npc.proposal.events)
    public static final String PROPOSAL_SUBMITTED = "org.minyi.proposal.ProposalSubmitted.v1";
    public static final String PROPOSAL_REGISTERED = "org.minyi.proposal.ProposalRegistered.v1";
    public static final String PROPOSAL_REJECTED = "org.minyi.proposal.ProposalRejected.v1";
    public static final String PROPOSAL_CONVERTED = "org.minyi.proposal.ProposalConverted.v1";
    public static final String PROPOSAL_ASSIGNED = "org.minyi.proposal.ProposalAssigned.v1";
    public static final String PROPOSAL_CONSULTATION_HELD = "org.minyi.proposal.ProposalConsultationHeld.v1";
    public static final String PROPOSAL_CONSULTATION_WAIVED = "org.minyi.proposal.ProposalConsultationWaived.v1";
    public static final String PROPOSAL_REPLIED = "org.minyi.proposal.ProposalReplied.v1";
    public static final String PROPOSAL_EVALUATED = "org.minyi.proposal.ProposalEvaluated.v1";
    public static final String PROPOSAL_REHANDLING_STARTED = "org.minyi.proposal.ProposalRehandlingStarted.v1";
    public static final String PROPOSAL_CLOSED = "org.minyi.proposal.ProposalClosed.v1";
    public static final String PROPOSAL_DEFERRED = "org.minyi.proposal.ProposalDeferred.v1";
    public static final String PROPOSAL_ESCALATED = "org.minyi.proposal.ProposalEscalated.v1";
    public static final String PROPOSAL_IMPLEMENTATION_RECORDED = "org.minyi.proposal.ProposalImplementationRecorded.v1";
    public static final String PROPOSAL_SUPERVISION_RECORDED = "org.minyi.proposal.ProposalSupervisionRecorded.v1";

    // the audit trail (npc.audit.records): one record per audited action, from every service and the gateway
    public static final String AUDIT_RECORDED = "org.minyi.audit.AuditRecorded.v1";

    /** Every type of this contract version; the AsyncAPI document lists exactly these. */
    public static final List<String> ALL = List.of(PETITION_RECEIVED, DEPUTY_REGISTERED, MANDATE_ADDED, MANDATE_ENDED,
            DEPUTY_GROUP_FORMED, GROUP_MEMBER_ADDED, GROUP_MEMBER_REMOVED, GROUP_ROLE_ASSIGNED, VENUE_ATTACHED,
            VENUE_DETACHED, DUTY_ACTIVITY_LOGGED, DUTY_ACTIVITY_WITHDRAWN, POINTS_ADJUSTED,
            PROPOSAL_SUBMITTED, PROPOSAL_REGISTERED, PROPOSAL_REJECTED,
            PROPOSAL_CONVERTED, PROPOSAL_ASSIGNED, PROPOSAL_CONSULTATION_HELD,
            PROPOSAL_CONSULTATION_WAIVED, PROPOSAL_REPLIED, PROPOSAL_EVALUATED,
            PROPOSAL_REHANDLING_STARTED, PROPOSAL_CLOSED, PROPOSAL_DEFERRED,
            PROPOSAL_ESCALATED, PROPOSAL_IMPLEMENTATION_RECORDED, PROPOSAL_SUPERVISION_RECORDED,
            PETITION_DEADLINES_SET, PETITION_REGISTERED, PETITION_INSTRUCTED,
            PETITION_CASE_OWNERSHIP_TAKEN, PETITION_APPOINTMENT_HELD, PETITION_ASSIGNED,
            PETITION_TRANSFERRED, PETITION_NOT_ACCEPTED, PETITION_SUPERVISED,
            PETITION_DEADLINE_EXTENDED, PETITION_COMPLETED, PETITION_ANSWERED,
            PETITION_RETURN_VISITED, PETITION_REVIEW_REQUESTED, PETITION_ARCHIVED,
            AUDIT_RECORDED);

    private static final Pattern TYPE = Pattern.compile("org\\.minyi\\.([a-z]+)\\.([A-Za-z]+)\\.(v[0-9]+)");
    private static final String SCHEMA_BASE = "https://minyi.org/contract/schemas/";

    private EventTypes() {
    }

    /** Classpath resource of the type's JSON Schema. */
    public static String schemaResource(String type) {
        Matcher m = matcher(type);
        return "org/minyi/contract/schemas/" + m.group(1) + "/" + m.group(2) + "." + m.group(3) + ".schema.json";
    }

    /** The {@code $id} of the type's JSON Schema, sent as the CloudEvents {@code dataschema}. */
    public static URI schemaUri(String type) {
        Matcher m = matcher(type);
        return URI.create(SCHEMA_BASE + m.group(1) + "/" + m.group(2) + "." + m.group(3) + ".schema.json");
    }

    public static boolean isWellFormed(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    private static Matcher matcher(String type) {
        Matcher m = TYPE.matcher(type == null ? "" : type);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Minyi event type: " + type);
        }
        return m;
    }
}
