package org.minyi.deputy.group.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.minyi.deputy.model.Roster;
import org.minyi.deputy.model.RosterDeputy;
import org.minyi.platform.model.RuleViolation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.deputy.Refusals.TODAY;
import static org.minyi.deputy.Refusals.calendar;
import static org.minyi.deputy.Refusals.county;
import static org.minyi.deputy.Refusals.everyoneServes;
import static org.minyi.deputy.Refusals.groups;
import static org.minyi.deputy.Refusals.unknownReferences;
import static org.minyi.deputy.Refusals.violationOf;

/** The DeputyGroup aggregate: forming, members, offices and venues, every rule and every refusal. */
class DeputyGroupTest {

    private static final UUID GROUP = UUID.fromString("5a1d7c0e-2b3f-4c5d-8e9f-0a1b2c3d4e5f");
    private static final String TOWNSHIP = "339901101";
    private static final LocalDate FORMED = LocalDate.of(2026, 1, 5);
    private static final String CLERK = "clerk-339901101";
    /** Leader. */
    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    /** Deputy leader. */
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    /** Liaison. */
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    /** A member without an office. */
    private static final UUID D = UUID.fromString("00000000-0000-4000-8000-00000000000d");
    /** Not a member. */
    private static final UUID E = UUID.fromString("00000000-0000-4000-8000-00000000000e");
    private static final Venue STATION = new Venue(UUID.fromString("7c0e5a1d-2b3f-4c5d-8e9f-0a1b2c3d4e5f"),
            VenueKind.WORK_STATION, "城关镇人大代表联络站", "城关镇人民路1号");
    private static final Venue HOME = new Venue(UUID.fromString("7c0e5a1d-2b3f-4c5d-8e9f-0a1b2c3d4e60"),
            VenueKind.DEPUTIES_HOME, "城关镇代表之家", "城关镇文化路8号");

    private AggregateTestFixture<DeputyGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeputyGroup.class);
        fixture.registerInjectableResource(calendar());
        fixture.registerInjectableResource(county());
        fixture.registerInjectableResource(everyoneServes());
        fixture.registerInjectableResource(groups(GROUP));
    }

    // --- forming

    @Test
    void aDeputyGroupIsFormedWithItsMembersOfficesAndVenue() {
        fixture.givenNoPriorActivity()
                .when(new FormDeputyGroup(GROUP, TOWNSHIP, "  城关镇第一代表小组 ", GroupKind.DEPUTY_GROUP, "   ", FORMED,
                        A, B, C, List.of(A, B, C, D), STATION, CLERK, null))
                .expectEvents(formed())
                .expectState(group -> {
                    assertThat(group.members()).containsExactlyInAnyOrder(A, B, C, D);
                    assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            GroupRole.LEADER, A, GroupRole.DEPUTY_LEADER, B, GroupRole.LIAISON, C));
                });
    }

    @Test
    void aTopicGroupIsFormedWithOnlyALeaderAndItsTheme() {
        fixture.givenNoPriorActivity()
                .when(new FormDeputyGroup(GROUP, TOWNSHIP, "乡村振兴课题组", GroupKind.TOPIC_GROUP, " 乡村振兴 ", TODAY,
                        D, null, null, List.of(D), null, "demo-admin", "deputy:" + D))
                .expectEvents(new DeputyGroupFormed(GROUP, TOWNSHIP, "乡村振兴课题组", GroupKind.TOPIC_GROUP, "乡村振兴",
                        TODAY, D, null, null, List.of(D), null, "demo-admin", "deputy:" + D))
                .expectState(group -> {
                    assertThat(group.members()).containsExactly(D);
                    assertThat(group.offices()).containsExactlyEntriesOf(Map.of(GroupRole.LEADER, D));
                });
    }

    @ParameterizedTest(name = "name \"{0}\" is refused")
    @CsvSource(nullValues = "none", value = {"none", "''", "'   '"})
    void aNameIsRequired(String name) {
        refusedForming(new FormDeputyGroup(GROUP, TOWNSHIP, name, GroupKind.DEPUTY_GROUP, null, FORMED, A, null, null,
                List.of(A), null, CLERK, null), "name");
    }

    @Test
    void aKindIsRequired() {
        refusedForming(new FormDeputyGroup(GROUP, TOWNSHIP, "第一小组", null, null, FORMED, A, null, null,
                List.of(A), null, CLERK, null), "kind");
    }

    @ParameterizedTest(name = "township \"{0}\" is refused")
    @CsvSource(nullValues = "none", value = {"none", "''", "339901", "3399011010", "33990110A", "' 339901101'"})
    void theTownshipIsANineDigitCode(String township) {
        refusedForming(new FormDeputyGroup(GROUP, township, "第一小组", GroupKind.DEPUTY_GROUP, null, FORMED, A, null,
                null, List.of(A), null, CLERK, null), "townshipCode");
    }

    @Test
    void aFormingDateIsRequired() {
        refusedForming(form(null, A, null, null, List.of(A), null), "formedOn", "the date is required");
    }

    @Test
    void aFormingDateAfterTodayIsRefused() {
        refusedForming(form(TODAY.plusDays(1), A, null, null, List.of(A), null), "formedOn",
                "the date cannot be in the future");
    }

    @Test
    void aGroupFormedTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(form(TODAY, A, null, null, List.of(A), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeputyGroupFormed(GROUP, TOWNSHIP, "城关镇第一代表小组", GroupKind.DEPUTY_GROUP, null,
                        TODAY, A, null, null, List.of(A), null, CLERK, null));
    }

    @Test
    void aGroupHasAtLeastOneMember() {
        refusedForming(form(FORMED, A, null, null, List.of(), null), "memberIds", "a group has at least one member");
        refusedForming(form(FORMED, A, null, null, null, null), "memberIds", "a group has at least one member");
    }

    @Test
    void aMemberListedTwiceIsRefusedAtItsSecondPlace() {
        refusedForming(form(FORMED, A, null, null, List.of(A, B, D, B), null), "memberIds[3]",
                "a member is missing or listed twice");
    }

    @Test
    void aMissingMemberIsRefusedAtItsPlace() {
        refusedForming(form(FORMED, A, null, null, Arrays.asList(A, null, B), null), "memberIds[1]",
                "a member is missing or listed twice");
    }

    @Test
    void aLeaderIsRequired() {
        refusedForming(form(FORMED, null, null, null, List.of(A, B), null), "leaderId", "the group's leader is required");
    }

    @Test
    void theLeaderIsAMember() {
        refusedForming(form(FORMED, E, null, null, List.of(A, B), null), "leaderId",
                "the office holder must be a member of the group");
    }

    @Test
    void theDeputyLeaderIsAMember() {
        refusedForming(form(FORMED, A, E, null, List.of(A, B), null), "deputyLeaderId",
                "the office holder must be a member of the group");
    }

    @Test
    void theLiaisonIsAMember() {
        refusedForming(form(FORMED, A, B, E, List.of(A, B), null), "liaisonId",
                "the office holder must be a member of the group");
    }

    @Test
    void theLeaderIsNotAlsoTheDeputyLeader() {
        refusedForming(form(FORMED, A, A, null, List.of(A, B), null), "deputyLeaderId",
                "the leader cannot also be the deputy leader");
    }

    @Test
    void theVenueOfANewGroupIsComplete() {
        refusedForming(form(FORMED, A, null, null, List.of(A), new Venue(null, VenueKind.WORK_ROOM, "工作室", "某路1号")),
                "venue", "the venue is required");
        refusedForming(form(FORMED, A, null, null, List.of(A), new Venue(STATION.venueId(), null, "工作室", "某路1号")),
                "venue.kind");
        refusedForming(form(FORMED, A, null, null, List.of(A),
                new Venue(STATION.venueId(), VenueKind.WORK_ROOM, " ", "某路1号")), "venue.name");
        refusedForming(form(FORMED, A, null, null, List.of(A),
                new Venue(STATION.venueId(), VenueKind.WORK_ROOM, null, "某路1号")), "venue.name");
        refusedForming(form(FORMED, A, null, null, List.of(A),
                new Venue(STATION.venueId(), VenueKind.WORK_ROOM, "工作室", "")), "venue.address");
        refusedForming(form(FORMED, A, null, null, List.of(A),
                new Venue(STATION.venueId(), VenueKind.WORK_ROOM, "工作室", null)), "venue.address");
    }

    @Test
    void anUnknownTownshipIsRefusedAlone() {
        fixture.givenNoPriorActivity()
                .when(new FormDeputyGroup(GROUP, "339901999", "某镇第一代表小组", GroupKind.DEPUTY_GROUP, null, FORMED, A,
                        null, null, List.of(A), null, CLERK, null))
                .expectException(unknownReferences("townshipCode"))
                .expectNoEvents();
    }

    @Test
    void everyMemberWhoMayNotJoinIsNamed() {
        // D lives and serves elsewhere; E is not on the roster.
        withRoster(id -> id.equals(E) ? Optional.empty() : everyoneServes().deputy(id)
                .map(d -> id.equals(D) ? new RosterDeputy(id, "339901102", List.of()) : d), noDeputyGroups());
        fixture.givenNoPriorActivity()
                .when(form(FORMED, A, null, null, List.of(A, D, B, E), null))
                .expectException(unknownReferences("memberIds[1]", "memberIds[3]"))
                .expectNoEvents();
    }

    @Test
    void aDeputyInAnotherDeputyGroupDoesNotJoinASecond() {
        UUID other = UUID.fromString("5a1d7c0e-2b3f-4c5d-8e9f-0a1b2c3d4e60");
        withRoster(everyoneServes(), inDeputyGroup(D, new GroupDirectory.GroupRef(other, "城关镇第二代表小组")));
        fixture.givenNoPriorActivity()
                .when(form(FORMED, A, null, null, List.of(A, D), null))
                .expectException(conflict("the deputy " + D + " is already in the deputy group " + other
                        + "; a deputy is in one deputy group only"))
                .expectNoEvents();
        withRoster(everyoneServes(), inDeputyGroup(E, new GroupDirectory.GroupRef(other, "城关镇第二代表小组")));
        fixture.given(formed())
                .when(new AddGroupMember(GROUP, E, TODAY, CLERK, null))
                .expectException(GroupConflict.class)
                .expectNoEvents();
        // Its own group does not count against it, nor does a topic group.
        withRoster(everyoneServes(), inDeputyGroup(A, new GroupDirectory.GroupRef(GROUP, "城关镇第一代表小组")));
        fixture.givenNoPriorActivity()
                .when(form(FORMED, A, null, null, List.of(A), null))
                .expectSuccessfulHandlerExecution();
        withRoster(everyoneServes(), inDeputyGroup(A, new GroupDirectory.GroupRef(other, "城关镇第二代表小组")));
        fixture.givenNoPriorActivity()
                .when(new FormDeputyGroup(GROUP, TOWNSHIP, "城关镇课题组", GroupKind.TOPIC_GROUP, "乡村振兴", FORMED, A,
                        null, null, List.of(A), null, CLERK, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAddedMemberMustBeOnTheRoster() {
        withRoster(id -> Optional.empty(), noDeputyGroups());
        fixture.given(formed())
                .when(new AddGroupMember(GROUP, E, TODAY, CLERK, null))
                .expectException(unknownReferences("deputyId"))
                .expectNoEvents();
    }

    // --- adding a member

    @Test
    void aMemberIsAdded() {
        fixture.given(formed())
                .when(new AddGroupMember(GROUP, E, TODAY, CLERK, "deputy:" + E))
                .expectEvents(new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, E, TODAY, CLERK,
                        "deputy:" + E))
                .expectState(group -> assertThat(group.members()).containsExactlyInAnyOrder(A, B, C, D, E));
    }

    @Test
    void aMemberMayJoinOnTheDayOfThePreviousChange() {
        fixture.given(formed())
                .when(new AddGroupMember(GROUP, E, FORMED, CLERK, null))
                .expectEvents(new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, E, FORMED, CLERK, null));
    }

    @Test
    void aMemberIsNotAddedTwice() {
        fixture.given(formed())
                .when(new AddGroupMember(GROUP, D, TODAY, CLERK, null))
                .expectException(conflict("the deputy is already a member of this group"))
                .expectNoEvents();
        fixture.given(formed(), new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, E, FORMED, CLERK, null))
                .when(new AddGroupMember(GROUP, E, TODAY, CLERK, null))
                .expectException(conflict("the deputy is already a member of this group"))
                .expectNoEvents();
    }

    @Test
    void aFormerMemberMayJoinAgain() {
        fixture.given(formed(), removed(D, LocalDate.of(2026, 2, 1), List.of()))
                .when(new AddGroupMember(GROUP, D, TODAY, CLERK, null))
                .expectEvents(new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, D, TODAY, CLERK, null));
    }

    @Test
    void theNewMemberIsRequired() {
        fixture.given(formed())
                .when(new AddGroupMember(GROUP, null, TODAY, CLERK, null))
                .expectException(violationOf("deputyId", "the deputy is required"))
                .expectNoEvents();
    }

    @Test
    void aJoiningDateIsRequiredAndNotInTheFuture() {
        refusedChange(new AddGroupMember(GROUP, E, null, CLERK, null), "joinedOn", "the date is required");
        refusedChange(new AddGroupMember(GROUP, E, TODAY.plusDays(1), CLERK, null), "joinedOn",
                "the date cannot be in the future");
    }

    @Test
    void aJoiningDateBeforeTheFormingIsRefused() {
        refusedChange(new AddGroupMember(GROUP, E, FORMED.minusDays(1), CLERK, null), "joinedOn",
                "the date cannot be before the group's previous change (2026-01-05)");
    }

    @Test
    void aJoiningDateBeforeTheLatestChangeIsRefused() {
        LocalDate feb1 = LocalDate.of(2026, 2, 1);
        UUID f = UUID.fromString("00000000-0000-4000-8000-00000000000f");
        fixture.given(formed(), new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, E, feb1, CLERK, null))
                .when(new AddGroupMember(GROUP, f, feb1.minusDays(1), CLERK, null))
                .expectException(violationOf("joinedOn",
                        "the date cannot be before the group's previous change (2026-02-01)"))
                .expectNoEvents();
    }

    @Test
    void aRemovalOrAnOfficeAlsoMovesTheDateOfThePreviousChange() {
        LocalDate feb10 = LocalDate.of(2026, 2, 10);
        fixture.given(formed(), removed(D, feb10, List.of()))
                .when(new AddGroupMember(GROUP, E, feb10.minusDays(1), CLERK, null))
                .expectException(violationOf("joinedOn",
                        "the date cannot be before the group's previous change (2026-02-10)"))
                .expectNoEvents();
        fixture.given(formed(), assigned(GroupRole.LIAISON, D, feb10))
                .when(new AddGroupMember(GROUP, E, feb10.minusDays(1), CLERK, null))
                .expectException(violationOf("joinedOn",
                        "the date cannot be before the group's previous change (2026-02-10)"))
                .expectNoEvents();
    }

    // --- removing a member

    @Test
    void aMemberWithoutOfficeLeaves() {
        fixture.given(formed())
                .when(new RemoveGroupMember(GROUP, D, TODAY, CLERK, null))
                .expectEvents(removed(D, TODAY, List.of()))
                .expectState(group -> {
                    assertThat(group.members()).containsExactlyInAnyOrder(A, B, C);
                    assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            GroupRole.LEADER, A, GroupRole.DEPUTY_LEADER, B, GroupRole.LIAISON, C));
                });
    }

    @Test
    void aDeputyWhoIsNotAMemberCannotLeave() {
        fixture.given(formed())
                .when(new RemoveGroupMember(GROUP, E, TODAY, CLERK, null))
                .expectException(conflict("the deputy is not a member of this group"))
                .expectNoEvents();
        fixture.given(formed(), removed(D, FORMED, List.of()))
                .when(new RemoveGroupMember(GROUP, D, TODAY, CLERK, null))
                .expectException(conflict("the deputy is not a member of this group"))
                .expectNoEvents();
    }

    @Test
    void theLeaderCannotLeave() {
        fixture.given(formed())
                .when(new RemoveGroupMember(GROUP, A, TODAY, CLERK, null))
                .expectException(conflict("the leader cannot leave; appoint another leader first"))
                .expectNoEvents();
    }

    @Test
    void aFormerLeaderLeavesOnceAnotherLeads() {
        fixture.given(formed(), assigned(GroupRole.LEADER, D, FORMED))
                .when(new RemoveGroupMember(GROUP, A, TODAY, CLERK, null))
                .expectEvents(removed(A, TODAY, List.of()))
                .expectState(group -> assertThat(group.offices()).containsEntry(GroupRole.LEADER, D));
    }

    @Test
    void theDeputyLeaderLeavingVacatesTheOffice() {
        fixture.given(formed())
                .when(new RemoveGroupMember(GROUP, B, TODAY, CLERK, null))
                .expectEvents(removed(B, TODAY, List.of(GroupRole.DEPUTY_LEADER)))
                .expectState(group -> {
                    assertThat(group.members()).containsExactlyInAnyOrder(A, C, D);
                    assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            GroupRole.LEADER, A, GroupRole.LIAISON, C));
                });
    }

    @Test
    void theLiaisonLeavingVacatesTheOffice() {
        fixture.given(formed())
                .when(new RemoveGroupMember(GROUP, C, TODAY, CLERK, null))
                .expectEvents(removed(C, TODAY, List.of(GroupRole.LIAISON)))
                .expectState(group -> assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        GroupRole.LEADER, A, GroupRole.DEPUTY_LEADER, B)));
    }

    @Test
    void aMemberHoldingTwoOfficesVacatesBoth() {
        DeputyGroupFormed formed = new DeputyGroupFormed(GROUP, TOWNSHIP, "城关镇第一代表小组", GroupKind.DEPUTY_GROUP,
                null, FORMED, A, B, B, List.of(A, B), null, CLERK, null);
        fixture.given(formed)
                .when(new RemoveGroupMember(GROUP, B, TODAY, CLERK, null))
                .expectEvents(removed(B, TODAY, List.of(GroupRole.DEPUTY_LEADER, GroupRole.LIAISON)))
                .expectState(group -> assertThat(group.offices()).containsExactlyEntriesOf(Map.of(GroupRole.LEADER, A)));
    }

    @Test
    void aDeputyLeaderWhoLeftAndCameBackHoldsNoOffice() {
        LocalDate feb1 = LocalDate.of(2026, 2, 1);
        fixture.given(formed(), removed(B, feb1, List.of(GroupRole.DEPUTY_LEADER)),
                        new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, B, feb1, CLERK, null))
                .when(new RemoveGroupMember(GROUP, B, TODAY, CLERK, null))
                .expectEvents(removed(B, TODAY, List.of()));
    }

    @Test
    void aDeputyLeaderWhoLeftIsNotGivenAnOfficeUntilBack() {
        fixture.given(formed(), removed(B, FORMED, List.of(GroupRole.DEPUTY_LEADER)))
                .when(new AssignGroupRole(GROUP, GroupRole.DEPUTY_LEADER, B, TODAY, CLERK, null))
                .expectException(violationOf("deputyId", "the office holder must be a member of the group"))
                .expectNoEvents();
    }

    @Test
    void aLeavingDateIsRequiredNotInTheFutureAndNotBeforeThePreviousChange() {
        refusedChange(new RemoveGroupMember(GROUP, D, null, CLERK, null), "leftOn", "the date is required");
        refusedChange(new RemoveGroupMember(GROUP, D, TODAY.plusDays(1), CLERK, null), "leftOn",
                "the date cannot be in the future");
        refusedChange(new RemoveGroupMember(GROUP, D, FORMED.minusDays(1), CLERK, null), "leftOn",
                "the date cannot be before the group's previous change (2026-01-05)");
    }

    // --- offices

    @Test
    void aMemberBecomesLiaison() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.LIAISON, D, TODAY, CLERK, null))
                .expectEvents(assigned(GroupRole.LIAISON, D, TODAY))
                .expectState(group -> assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        GroupRole.LEADER, A, GroupRole.DEPUTY_LEADER, B, GroupRole.LIAISON, D)));
    }

    @Test
    void aMemberBecomesLeader() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.LEADER, D, TODAY, CLERK, "deputy:" + D))
                .expectEvents(new GroupRoleAssigned(GROUP, TOWNSHIP, GroupRole.LEADER, D, TODAY, CLERK, "deputy:" + D))
                .expectState(group -> assertThat(group.offices()).containsEntry(GroupRole.LEADER, D));
    }

    @ParameterizedTest
    @EnumSource(GroupRole.class)
    void onlyAMemberHoldsAnOffice(GroupRole role) {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, role, E, TODAY, CLERK, null))
                .expectException(violationOf("deputyId", "the office holder must be a member of the group"))
                .expectNoEvents();
    }

    @Test
    void theLeadersOfficeIsNeverEmpty() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.LEADER, null, TODAY, CLERK, null))
                .expectException(violationOf("deputyId", "a group always has a leader"))
                .expectNoEvents();
    }

    @Test
    void theLeaderIsNotMadeDeputyLeader() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.DEPUTY_LEADER, A, TODAY, CLERK, null))
                .expectException(violationOf("deputyId", "the leader and the deputy leader are different people"))
                .expectNoEvents();
    }

    @Test
    void theDeputyLeaderIsNotMadeLeader() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.LEADER, B, TODAY, CLERK, null))
                .expectException(violationOf("deputyId", "the leader and the deputy leader are different people"))
                .expectNoEvents();
    }

    @Test
    void theDeputyLeadersOfficeIsLeftEmpty() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.DEPUTY_LEADER, null, TODAY, CLERK, null))
                .expectEvents(assigned(GroupRole.DEPUTY_LEADER, null, TODAY))
                .expectState(group -> assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        GroupRole.LEADER, A, GroupRole.LIAISON, C)));
    }

    @Test
    void theLiaisonsOfficeIsLeftEmpty() {
        fixture.given(formed())
                .when(new AssignGroupRole(GROUP, GroupRole.LIAISON, null, TODAY, CLERK, null))
                .expectEvents(assigned(GroupRole.LIAISON, null, TODAY))
                .expectState(group -> assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        GroupRole.LEADER, A, GroupRole.DEPUTY_LEADER, B)));
    }

    @Test
    void aFormerDeputyLeaderMayLeadOnceTheOfficeIsEmpty() {
        fixture.given(formed(), assigned(GroupRole.DEPUTY_LEADER, null, FORMED))
                .when(new AssignGroupRole(GROUP, GroupRole.LEADER, B, TODAY, CLERK, null))
                .expectEvents(assigned(GroupRole.LEADER, B, TODAY));
    }

    @Test
    void aDeputyLeaderWhoLeftMayLeadOnceBack() {
        LocalDate feb1 = LocalDate.of(2026, 2, 1);
        fixture.given(formed(), removed(B, feb1, List.of(GroupRole.DEPUTY_LEADER)),
                        new GroupMemberAdded(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, B, feb1, CLERK, null))
                .when(new AssignGroupRole(GROUP, GroupRole.LEADER, B, TODAY, CLERK, null))
                .expectEvents(assigned(GroupRole.LEADER, B, TODAY))
                .expectState(group -> assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        GroupRole.LEADER, B, GroupRole.LIAISON, C)));
    }

    @Test
    void aFormerLeaderMayBecomeDeputyLeader() {
        fixture.given(formed(), assigned(GroupRole.LEADER, D, FORMED))
                .when(new AssignGroupRole(GROUP, GroupRole.DEPUTY_LEADER, A, TODAY, CLERK, null))
                .expectEvents(assigned(GroupRole.DEPUTY_LEADER, A, TODAY))
                .expectState(group -> assertThat(group.offices()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        GroupRole.LEADER, D, GroupRole.DEPUTY_LEADER, A, GroupRole.LIAISON, C)));
    }

    @Test
    void anOfficeNeedsARole() {
        refusedChange(new AssignGroupRole(GROUP, null, D, TODAY, CLERK, null), "role",
                "the role (LEADER, DEPUTY_LEADER or LIAISON) is required");
    }

    @Test
    void anOfficesDateIsRequiredNotInTheFutureAndNotBeforeThePreviousChange() {
        refusedChange(new AssignGroupRole(GROUP, GroupRole.LIAISON, D, null, CLERK, null), "on",
                "the date is required");
        refusedChange(new AssignGroupRole(GROUP, GroupRole.LIAISON, D, TODAY.plusDays(1), CLERK, null), "on",
                "the date cannot be in the future");
        refusedChange(new AssignGroupRole(GROUP, GroupRole.LIAISON, D, FORMED.minusDays(1), CLERK, null), "on",
                "the date cannot be before the group's previous change (2026-01-05)");
    }

    // --- venues

    @Test
    void aVenueIsAttached() {
        fixture.given(formed())
                .when(new AttachVenue(GROUP, HOME, CLERK, null))
                .expectEvents(new VenueAttached(GROUP, TOWNSHIP, HOME, CLERK, null));
    }

    @Test
    void aVenueIsNotAttachedTwice() {
        fixture.given(formed())
                .when(new AttachVenue(GROUP, STATION, CLERK, null))
                .expectException(conflict("the venue is already attached to this group"))
                .expectNoEvents();
        fixture.given(formed(), new VenueAttached(GROUP, TOWNSHIP, HOME, CLERK, null))
                .when(new AttachVenue(GROUP, HOME, CLERK, null))
                .expectException(conflict("the venue is already attached to this group"))
                .expectNoEvents();
    }

    @Test
    void aDetachedVenueMayBeAttachedAgain() {
        fixture.given(formed(), new VenueDetached(GROUP, TOWNSHIP, STATION.venueId(), CLERK, null))
                .when(new AttachVenue(GROUP, STATION, CLERK, null))
                .expectEvents(new VenueAttached(GROUP, TOWNSHIP, STATION, CLERK, null));
    }

    @Test
    void anAttachedVenueIsComplete() {
        refusedChange(new AttachVenue(GROUP, null, CLERK, null), "venue", "the venue is required");
        refusedChange(new AttachVenue(GROUP, new Venue(null, VenueKind.WORK_ROOM, "工作室", "某路1号"), CLERK, null),
                "venue", "the venue is required");
        refusedChange(new AttachVenue(GROUP, new Venue(HOME.venueId(), null, "工作室", "某路1号"), CLERK, null),
                "venue.kind", null);
        refusedChange(new AttachVenue(GROUP, new Venue(HOME.venueId(), VenueKind.WORK_ROOM, "  ", "某路1号"), CLERK,
                null), "venue.name", "the venue's name is required");
        refusedChange(new AttachVenue(GROUP, new Venue(HOME.venueId(), VenueKind.WORK_ROOM, "工作室", " "), CLERK,
                null), "venue.address", "the venue's address is required");
    }

    @Test
    void aVenueIsDetached() {
        fixture.given(formed())
                .when(new DetachVenue(GROUP, STATION.venueId(), CLERK, null))
                .expectEvents(new VenueDetached(GROUP, TOWNSHIP, STATION.venueId(), CLERK, null));
        fixture.given(formed(), new VenueAttached(GROUP, TOWNSHIP, HOME, CLERK, null))
                .when(new DetachVenue(GROUP, HOME.venueId(), CLERK, "unit:339901-MZ"))
                .expectEvents(new VenueDetached(GROUP, TOWNSHIP, HOME.venueId(), CLERK, "unit:339901-MZ"));
    }

    @Test
    void aVenueNotAttachedIsNotDetached() {
        fixture.given(formed())
                .when(new DetachVenue(GROUP, HOME.venueId(), CLERK, null))
                .expectException(conflict("the venue is not attached to this group"))
                .expectNoEvents();
        fixture.given(formed(), new VenueDetached(GROUP, TOWNSHIP, STATION.venueId(), CLERK, null))
                .when(new DetachVenue(GROUP, STATION.venueId(), CLERK, null))
                .expectException(conflict("the venue is not attached to this group"))
                .expectNoEvents();
    }

    // --- helpers

    private void withRoster(Roster roster, GroupDirectory directory) {
        fixture = new AggregateTestFixture<>(DeputyGroup.class);
        fixture.registerInjectableResource(calendar());
        fixture.registerInjectableResource(county());
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(directory);
    }

    private static GroupDirectory noDeputyGroups() {
        return groups(GROUP);
    }

    private static GroupDirectory inDeputyGroup(UUID deputy, GroupDirectory.GroupRef group) {
        return new GroupDirectory() {
            @Override
            public Optional<GroupRef> deputyGroupOf(UUID deputyId) {
                return deputyId.equals(deputy) ? Optional.of(group) : Optional.empty();
            }

            @Override
            public Optional<String> townshipOf(UUID groupId) {
                return Optional.empty();
            }
        };
    }

    private void refusedForming(FormDeputyGroup command, String field) {
        refusedForming(command, field, null);
    }

    private void refusedForming(FormDeputyGroup command, String field, String messageEn) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(violationOf(field, messageEn))
                .expectNoEvents();
    }

    private void refusedChange(Object command, String field, String messageEn) {
        fixture.given(formed())
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(violationOf(field, messageEn))
                .expectNoEvents();
    }

    /** A GroupConflict saying {@code messageEn}, with a Chinese message as well. */
    private static Matcher<GroupConflict> conflict(String messageEn) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(GroupConflict conflict) {
                return messageEn.equals(conflict.messageEn()) && !conflict.messageZh().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a GroupConflict saying ").appendValue(messageEn);
            }
        };
    }

    private static FormDeputyGroup form(LocalDate on, UUID leader, UUID deputyLeader, UUID liaison, List<UUID> members,
                                        Venue venue) {
        return new FormDeputyGroup(GROUP, TOWNSHIP, "城关镇第一代表小组", GroupKind.DEPUTY_GROUP, null, on, leader,
                deputyLeader, liaison, members, venue, CLERK, null);
    }

    /** Formed on 2026-01-05: A leads, B deputises, C is the liaison, D a plain member; the station attached. */
    private static DeputyGroupFormed formed() {
        return new DeputyGroupFormed(GROUP, TOWNSHIP, "城关镇第一代表小组", GroupKind.DEPUTY_GROUP, null, FORMED, A, B, C,
                List.of(A, B, C, D), STATION, CLERK, null);
    }

    private static GroupMemberRemoved removed(UUID deputy, LocalDate on, List<GroupRole> vacated) {
        return new GroupMemberRemoved(GROUP, TOWNSHIP, GroupKind.DEPUTY_GROUP, deputy, on, vacated, CLERK, null);
    }

    private static GroupRoleAssigned assigned(GroupRole role, UUID deputy, LocalDate on) {
        return new GroupRoleAssigned(GROUP, TOWNSHIP, role, deputy, on, CLERK, null);
    }
}
