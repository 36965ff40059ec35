package org.minyi.deputy.publishing;

import org.minyi.contract.EventTypes;
import org.minyi.deputy.activity.model.DutyActivityLogged;
import org.minyi.deputy.activity.model.DutyActivityWithdrawn;
import org.minyi.deputy.group.model.DeputyGroupFormed;
import org.minyi.deputy.group.model.GroupMemberAdded;
import org.minyi.deputy.group.model.GroupMemberRemoved;
import org.minyi.deputy.group.model.GroupRoleAssigned;
import org.minyi.deputy.group.model.Venue;
import org.minyi.deputy.group.model.VenueAttached;
import org.minyi.deputy.group.model.VenueDetached;
import org.minyi.deputy.model.DeputyRegistered;
import org.minyi.deputy.model.MandateAdded;
import org.minyi.deputy.model.MandateEnded;
import org.minyi.deputy.model.PointsAdjusted;
import org.minyi.platform.publishing.PublicEventMapper;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Internal deputy-service events to the public contract: who serves in which congress, groups, duty
 * activities and points adjustments; public details only, never the private contact, the birth date or
 * the office's free text (activity notes and place, adjustment reasons).
 */
@Component
public class DeputyEventMapper implements PublicEventMapper {

    @Override
    public Optional<PublicPayload> toPublic(Object event) {
        if (event instanceof DeputyRegistered e) {
            return Optional.of(new PublicPayload(EventTypes.DEPUTY_REGISTERED, e.townshipCode(),
                    new DeputyRegisteredV1(e.deputyId(), e.townshipCode(), e.name(), e.gender().name(),
                            e.party().name(), e.occupation().name(), e.electoralDistrict(),
                            e.mandates().stream().map(m -> new MandateV1(m.level().name(), m.congressCode(),
                                    m.term(), m.electedOn())).toList(),
                            e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof MandateAdded e) {
            return Optional.of(new PublicPayload(EventTypes.MANDATE_ADDED, e.townshipCode(),
                    new MandateAddedV1(e.deputyId(), e.townshipCode(), e.level().name(), e.congressCode(), e.term(),
                            e.electedOn(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof MandateEnded e) {
            return Optional.of(new PublicPayload(EventTypes.MANDATE_ENDED, e.townshipCode(),
                    new MandateEndedV1(e.deputyId(), e.townshipCode(), e.level().name(), e.congressCode(), e.term(),
                            e.endedOn(), e.reason().name(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof PointsAdjusted e) {
            return Optional.of(new PublicPayload(EventTypes.POINTS_ADJUSTED, e.townshipCode(),
                    new PointsAdjustedV1(e.deputyId(), e.townshipCode(), e.adjustmentId(), e.category().name(),
                            e.points(), e.on(), e.recordedBy(), e.onBehalfOf())));
        }
        return groupEvent(event).or(() -> activityEvent(event));
    }

    private static Optional<PublicPayload> groupEvent(Object event) {
        if (event instanceof DeputyGroupFormed e) {
            return Optional.of(new PublicPayload(EventTypes.DEPUTY_GROUP_FORMED, e.townshipCode(),
                    new DeputyGroupFormedV1(e.groupId(), e.townshipCode(), e.name(), e.kind().name(), e.theme(),
                            e.formedOn(), e.leaderId(), e.deputyLeaderId(), e.liaisonId(), e.memberIds(),
                            VenueV1.of(e.venue()), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof GroupMemberAdded e) {
            return Optional.of(new PublicPayload(EventTypes.GROUP_MEMBER_ADDED, e.townshipCode(),
                    new GroupMemberAddedV1(e.groupId(), e.townshipCode(), e.kind().name(), e.deputyId(), e.joinedOn(),
                            e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof GroupMemberRemoved e) {
            return Optional.of(new PublicPayload(EventTypes.GROUP_MEMBER_REMOVED, e.townshipCode(),
                    new GroupMemberRemovedV1(e.groupId(), e.townshipCode(), e.kind().name(), e.deputyId(), e.leftOn(),
                            e.vacatedRoles().stream().map(Enum::name).toList(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof GroupRoleAssigned e) {
            return Optional.of(new PublicPayload(EventTypes.GROUP_ROLE_ASSIGNED, e.townshipCode(),
                    new GroupRoleAssignedV1(e.groupId(), e.townshipCode(), e.role().name(), e.deputyId(), e.on(),
                            e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof VenueAttached e) {
            return Optional.of(new PublicPayload(EventTypes.VENUE_ATTACHED, e.townshipCode(),
                    new VenueAttachedV1(e.groupId(), e.townshipCode(), VenueV1.of(e.venue()), e.recordedBy(),
                            e.onBehalfOf())));
        }
        if (event instanceof VenueDetached e) {
            return Optional.of(new PublicPayload(EventTypes.VENUE_DETACHED, e.townshipCode(),
                    new VenueDetachedV1(e.groupId(), e.townshipCode(), e.venueId(), e.recordedBy(), e.onBehalfOf())));
        }
        return Optional.empty();
    }

    /** Activities without the office's free text (place, notes): they may name voters. */
    private static Optional<PublicPayload> activityEvent(Object event) {
        if (event instanceof DutyActivityLogged e) {
            return Optional.of(new PublicPayload(EventTypes.DUTY_ACTIVITY_LOGGED, e.townshipCode(),
                    new DutyActivityLoggedV1(e.activityId(), e.townshipCode(), e.type().name(),
                            e.inspectionMode() == null ? null : e.inspectionMode().name(), e.heldOn(), e.groupId(),
                            e.deputyIds(), e.itemsCollected(), e.evaluatedUnitCode(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof DutyActivityWithdrawn e) {
            return Optional.of(new PublicPayload(EventTypes.DUTY_ACTIVITY_WITHDRAWN, e.townshipCode(),
                    new DutyActivityWithdrawnV1(e.activityId(), e.townshipCode(), e.withdrawnOn(), e.recordedBy(),
                            e.onBehalfOf())));
        }
        return Optional.empty();
    }

    /** Payload of {@code org.minyi.deputy.DeputyRegistered.v1}; see its JSON Schema in the contract module. */
    record DeputyRegisteredV1(UUID deputyId, String townshipCode, String name, String gender, String party,
                              String occupation, String electoralDistrict, List<MandateV1> mandates,
                              String recordedBy, String onBehalfOf) {
    }

    record MandateV1(String level, String congressCode, int term, LocalDate electedOn) {
    }

    /** Payload of {@code org.minyi.deputy.MandateAdded.v1}. */
    record MandateAddedV1(UUID deputyId, String townshipCode, String level, String congressCode, int term,
                          LocalDate electedOn, String recordedBy, String onBehalfOf) {
    }

    /** Payload of {@code org.minyi.deputy.MandateEnded.v1}. */
    record MandateEndedV1(UUID deputyId, String townshipCode, String level, String congressCode, int term,
                          LocalDate endedOn, String reason, String recordedBy, String onBehalfOf) {
    }

    /** Payload of {@code org.minyi.deputy.PointsAdjusted.v1}: no reason (free text). */
    record PointsAdjustedV1(UUID deputyId, String townshipCode, UUID adjustmentId, String category, BigDecimal points,
                            LocalDate on, String recordedBy, String onBehalfOf) {
    }

    record VenueV1(UUID venueId, String kind, String name, String address) {
        static VenueV1 of(Venue v) {
            return v == null ? null : new VenueV1(v.venueId(), v.kind().name(), v.name(), v.address());
        }
    }

    record DeputyGroupFormedV1(UUID groupId, String townshipCode, String name, String kind, String theme,
                               LocalDate formedOn, UUID leaderId, UUID deputyLeaderId, UUID liaisonId,
                               List<UUID> memberIds, VenueV1 venue, String recordedBy, String onBehalfOf) {
    }

    record GroupMemberAddedV1(UUID groupId, String townshipCode, String kind, UUID deputyId, LocalDate joinedOn,
                              String recordedBy, String onBehalfOf) {
    }

    record GroupMemberRemovedV1(UUID groupId, String townshipCode, String kind, UUID deputyId, LocalDate leftOn,
                                List<String> vacatedRoles, String recordedBy, String onBehalfOf) {
    }

    /** {@code deputyId} null (kept in the payload as null) when the office is left vacant. */
    record GroupRoleAssignedV1(UUID groupId, String townshipCode, String role, UUID deputyId, LocalDate on,
                               String recordedBy, String onBehalfOf) {
    }

    record VenueAttachedV1(UUID groupId, String townshipCode, VenueV1 venue, String recordedBy, String onBehalfOf) {
    }

    record VenueDetachedV1(UUID groupId, String townshipCode, UUID venueId, String recordedBy, String onBehalfOf) {
    }

    record DutyActivityLoggedV1(UUID activityId, String townshipCode, String type, String inspectionMode,
                                LocalDate heldOn, UUID groupId, List<UUID> deputyIds, int itemsCollected,
                                String evaluatedUnitCode, String recordedBy, String onBehalfOf) {
    }

    record DutyActivityWithdrawnV1(UUID activityId, String townshipCode, LocalDate withdrawnOn, String recordedBy,
                                   String onBehalfOf) {
    }
}
