package org.minyi.deputy.group.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.deputy.model.CountyReferences;
import org.minyi.deputy.model.Roster;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deputy group (代表小组) or topic group (课题组) of a township: members, offices and venues. Every
 * office holder is a member and a group always has a leader. A member is a serving deputy of the township
 * or the county ({@link GroupMembershipPolicy}, asking the {@link Roster}), in one deputy group only (asking
 * the {@link GroupDirectory}; the view's unique index holds the rule when two offices race).
 */
@Aggregate
public class DeputyGroup {

    @AggregateIdentifier
    private UUID id;
    private String townshipCode;
    private GroupKind kind;
    /** The date of the latest change; no change may be dated before it. */
    private LocalDate lastChangedOn;
    private final Set<UUID> members = new LinkedHashSet<>();
    private final Map<GroupRole, UUID> offices = new EnumMap<>(GroupRole.class);
    private final Map<UUID, Venue> venues = new LinkedHashMap<>();

    protected DeputyGroup() {
        // for Axon
    }

    @CommandHandler
    public DeputyGroup(FormDeputyGroup command, BusinessCalendar calendar, CountyReference county, Roster roster,
                       GroupDirectory directory) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("name", "请填写小组名称", "the group's name is required");
        }
        if (command.kind() == null) {
            throw new RuleViolation("kind", "请选择代表小组或课题组", "the kind (DEPUTY_GROUP or TOPIC_GROUP) is required");
        }
        CountyReferences.requireTownshipCodeForm(command.townshipCode());
        requireDate("formedOn", command.formedOn(), null, calendar);
        List<UUID> memberIds = command.memberIds() == null ? List.of() : command.memberIds();
        if (memberIds.isEmpty()) {
            throw new RuleViolation("memberIds", "小组至少要有一名成员", "a group has at least one member");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < memberIds.size(); i++) {
            if (memberIds.get(i) == null || !seen.add(memberIds.get(i))) {
                throw new RuleViolation("memberIds[" + i + "]", "成员重复或为空", "a member is missing or listed twice");
            }
        }
        if (command.leaderId() == null) {
            throw new RuleViolation("leaderId", "请指定组长", "the group's leader is required");
        }
        requireMember("leaderId", command.leaderId(), seen, "组长");
        requireMember("deputyLeaderId", command.deputyLeaderId(), seen, "副组长");
        requireMember("liaisonId", command.liaisonId(), seen, "联络员");
        if (command.leaderId().equals(command.deputyLeaderId())) {
            throw new RuleViolation("deputyLeaderId", "副组长不能由组长兼任", "the leader cannot also be the deputy leader");
        }
        if (command.venue() != null) {
            requireValidVenue("venue", command.venue());
        }
        // An unknown township would make every member ineligible too: it is refused alone.
        UnknownReference.refuseAny(CountyReferences.township("townshipCode", command.townshipCode(), county)
                .stream().toList());
        List<UnknownReference.Reference> ineligible = new ArrayList<>();
        for (int i = 0; i < memberIds.size(); i++) {
            eligibility("memberIds[" + i + "]", memberIds.get(i), command.townshipCode(), roster)
                    .ifPresent(ineligible::add);
        }
        UnknownReference.refuseAny(ineligible);
        if (command.kind() == GroupKind.DEPUTY_GROUP) {
            memberIds.forEach(member -> requireNoOtherDeputyGroup(command.groupId(), member, directory));
        }
        apply(new DeputyGroupFormed(command.groupId(), command.townshipCode(), command.name().strip(), command.kind(),
                blankToNull(command.theme()), command.formedOn(), command.leaderId(), command.deputyLeaderId(),
                command.liaisonId(), List.copyOf(memberIds), command.venue(), command.recordedBy(),
                command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AddGroupMember command, BusinessCalendar calendar, Roster roster, GroupDirectory directory) {
        if (command.deputyId() == null) {
            throw new RuleViolation("deputyId", "请指定代表", "the deputy is required");
        }
        requireDate("joinedOn", command.joinedOn(), lastChangedOn, calendar);
        if (members.contains(command.deputyId())) {
            throw new GroupConflict("该代表已是本组成员", "the deputy is already a member of this group");
        }
        UnknownReference.refuseAny(eligibility("deputyId", command.deputyId(), townshipCode, roster).stream().toList());
        if (kind == GroupKind.DEPUTY_GROUP) {
            requireNoOtherDeputyGroup(id, command.deputyId(), directory);
        }
        apply(new GroupMemberAdded(id, townshipCode, kind, command.deputyId(), command.joinedOn(), command.recordedBy(),
                command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RemoveGroupMember command, BusinessCalendar calendar) {
        requireDate("leftOn", command.leftOn(), lastChangedOn, calendar);
        if (!members.contains(command.deputyId())) {
            throw new GroupConflict("该代表不是本组成员", "the deputy is not a member of this group");
        }
        if (command.deputyId().equals(offices.get(GroupRole.LEADER))) {
            throw new GroupConflict("不能移出组长，请先另行指定组长",
                    "the leader cannot leave; appoint another leader first");
        }
        List<GroupRole> vacated = new ArrayList<>();
        offices.forEach((role, holder) -> {
            if (holder.equals(command.deputyId())) {
                vacated.add(role);
            }
        });
        apply(new GroupMemberRemoved(id, townshipCode, kind, command.deputyId(), command.leftOn(), List.copyOf(vacated),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AssignGroupRole command, BusinessCalendar calendar) {
        if (command.role() == null) {
            throw new RuleViolation("role", "请选择职务：组长、副组长或联络员", "the role (LEADER, DEPUTY_LEADER or LIAISON) is required");
        }
        requireDate("on", command.on(), lastChangedOn, calendar);
        if (command.deputyId() == null) {
            if (command.role() == GroupRole.LEADER) {
                throw new RuleViolation("deputyId", "小组必须有组长", "a group always has a leader");
            }
        } else {
            requireMember("deputyId", command.deputyId(), members, roleZh(command.role()));
            GroupRole other = command.role() == GroupRole.LEADER ? GroupRole.DEPUTY_LEADER
                    : command.role() == GroupRole.DEPUTY_LEADER ? GroupRole.LEADER : null;
            if (other != null && command.deputyId().equals(offices.get(other))) {
                throw new RuleViolation("deputyId", "组长和副组长不能由同一人担任",
                        "the leader and the deputy leader are different people");
            }
        }
        apply(new GroupRoleAssigned(id, townshipCode, command.role(), command.deputyId(), command.on(),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AttachVenue command) {
        requireValidVenue("venue", command.venue());
        if (venues.containsKey(command.venue().venueId())) {
            throw new GroupConflict("该场所已关联本组", "the venue is already attached to this group");
        }
        apply(new VenueAttached(id, townshipCode, command.venue(), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(DetachVenue command) {
        if (!venues.containsKey(command.venueId())) {
            throw new GroupConflict("本组没有关联该场所", "the venue is not attached to this group");
        }
        apply(new VenueDetached(id, townshipCode, command.venueId(), command.recordedBy(), command.onBehalfOf()));
    }

    @EventSourcingHandler
    void on(DeputyGroupFormed e) {
        id = e.groupId();
        townshipCode = e.townshipCode();
        kind = e.kind();
        lastChangedOn = e.formedOn();
        members.addAll(e.memberIds());
        offices.put(GroupRole.LEADER, e.leaderId());
        if (e.deputyLeaderId() != null) {
            offices.put(GroupRole.DEPUTY_LEADER, e.deputyLeaderId());
        }
        if (e.liaisonId() != null) {
            offices.put(GroupRole.LIAISON, e.liaisonId());
        }
        if (e.venue() != null) {
            venues.put(e.venue().venueId(), e.venue());
        }
    }

    @EventSourcingHandler
    void on(GroupMemberAdded e) {
        members.add(e.deputyId());
        lastChangedOn = e.joinedOn();
    }

    @EventSourcingHandler
    void on(GroupMemberRemoved e) {
        members.remove(e.deputyId());
        e.vacatedRoles().forEach(offices::remove);
        lastChangedOn = e.leftOn();
    }

    @EventSourcingHandler
    void on(GroupRoleAssigned e) {
        if (e.deputyId() == null) {
            offices.remove(e.role());
        } else {
            offices.put(e.role(), e.deputyId());
        }
        lastChangedOn = e.on();
    }

    @EventSourcingHandler
    void on(VenueAttached e) {
        venues.put(e.venue().venueId(), e.venue());
    }

    @EventSourcingHandler
    void on(VenueDetached e) {
        venues.remove(e.venueId());
    }

    private static Optional<UnknownReference.Reference> eligibility(String field, UUID deputyId, String townshipCode,
                                                                  Roster roster) {
        return GroupMembershipPolicy.refusal(roster.deputy(deputyId), townshipCode)
                .map(r -> new UnknownReference.Reference(field, r[0], r[1]));
    }

    private static void requireNoOtherDeputyGroup(UUID groupId, UUID deputyId, GroupDirectory directory) {
        directory.deputyGroupOf(deputyId).filter(other -> !other.id().equals(groupId)).ifPresent(other -> {
            throw GroupConflict.inAnotherDeputyGroup(deputyId, other);
        });
    }

    /** Not in the future, and not before the previous change (or the group's forming). */
    private static void requireDate(String field, LocalDate date, LocalDate notBefore, BusinessCalendar calendar) {
        if (date == null) {
            throw new RuleViolation(field, "请填写日期", "the date is required");
        }
        if (date.isAfter(calendar.today())) {
            throw new RuleViolation(field, "日期不能晚于今天", "the date cannot be in the future");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new RuleViolation(field, "日期不能早于本组上一次变动（" + notBefore + "）",
                    "the date cannot be before the group's previous change (" + notBefore + ")");
        }
    }

    private static void requireMember(String field, UUID deputyId, Set<UUID> members, String roleZh) {
        if (deputyId != null && !members.contains(deputyId)) {
            throw new RuleViolation(field, roleZh + "必须是本组成员", "the office holder must be a member of the group");
        }
    }

    private static void requireValidVenue(String field, Venue venue) {
        if (venue == null || venue.venueId() == null) {
            throw new RuleViolation(field, "请填写场所", "the venue is required");
        }
        if (venue.kind() == null) {
            throw new RuleViolation(field + ".kind", "请选择场所类型：代表工作站、工作室或代表之家",
                    "the venue's kind (WORK_STATION, WORK_ROOM or DEPUTIES_HOME) is required");
        }
        if (venue.name() == null || venue.name().isBlank()) {
            throw new RuleViolation(field + ".name", "请填写场所名称", "the venue's name is required");
        }
        if (venue.address() == null || venue.address().isBlank()) {
            throw new RuleViolation(field + ".address", "请填写场所地址", "the venue's address is required");
        }
    }

    private static String roleZh(GroupRole role) {
        return switch (role) {
            case LEADER -> "组长";
            case DEPUTY_LEADER -> "副组长";
            case LIAISON -> "联络员";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Set<UUID> members() {
        return Set.copyOf(members);
    }

    Map<GroupRole, UUID> offices() {
        return Map.copyOf(offices);
    }
}
