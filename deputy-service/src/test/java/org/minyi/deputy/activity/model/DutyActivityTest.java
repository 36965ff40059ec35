package org.minyi.deputy.activity.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.Roster;
import org.minyi.deputy.model.RosterDeputy;
import org.minyi.platform.model.RuleViolation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.minyi.deputy.Refusals.TODAY;
import static org.minyi.deputy.Refusals.calendar;
import static org.minyi.deputy.Refusals.county;
import static org.minyi.deputy.Refusals.everyoneServes;
import static org.minyi.deputy.Refusals.groups;
import static org.minyi.deputy.Refusals.unknownReferences;
import static org.minyi.deputy.Refusals.violationOf;

/** The DutyActivity aggregate: logging an activity, every rule of it, and withdrawing it. */
class DutyActivityTest {

    private static final UUID ID = UUID.fromString("3e8d1f2a-6b4c-4d5e-9f01-2a3b4c5d6e7f");
    private static final UUID GROUP = UUID.fromString("5a1d7c0e-2b3f-4c5d-8e9f-0a1b2c3d4e5f");
    private static final UUID P1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID P2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final String TOWNSHIP = "339901101";
    private static final LocalDate HELD = LocalDate.of(2026, 3, 2);
    private static final String CLERK = "clerk-339901101";
    private static final String UNIT = "339901-MZ";

    private AggregateTestFixture<DutyActivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DutyActivity.class);
        fixture.registerInjectableResource(calendar());
        fixture.registerInjectableResource(county());
        fixture.registerInjectableResource(everyoneServes());
        fixture.registerInjectableResource(groups(GROUP));
    }

    // --- logging

    @Test
    void aVoterReceptionIsLogged() {
        fixture.givenNoPriorActivity()
                .when(new LogDutyActivity(ID, ActivityType.VOTER_RECEPTION, null, HELD, TOWNSHIP, GROUP,
                        List.of(P1, P2), "  城关镇代表联络站 ", " 收集道路修缮意见 ", 3, null, CLERK, null))
                .expectEvents(new DutyActivityLogged(ID, ActivityType.VOTER_RECEPTION, null, HELD, TOWNSHIP, GROUP,
                        List.of(P1, P2), "城关镇代表联络站", "收集道路修缮意见", 3, null, CLERK, null));
    }

    @Test
    void blankFreeTextIsLoggedAsAbsent() {
        fixture.givenNoPriorActivity()
                .when(new LogDutyActivity(ID, ActivityType.TRAINING, null, HELD, TOWNSHIP, null, List.of(P1), "   ",
                        "", 0, null, "deputy-p1", null))
                .expectEvents(new DutyActivityLogged(ID, ActivityType.TRAINING, null, HELD, TOWNSHIP, null, List.of(P1),
                        null, null, 0, null, "deputy-p1", null));
    }

    @ParameterizedTest
    @EnumSource(InspectionMode.class)
    void anInspectionIsLoggedWithItsMode(InspectionMode mode) {
        fixture.givenNoPriorActivity()
                .when(new LogDutyActivity(ID, ActivityType.INSPECTION, mode, HELD, TOWNSHIP, null, List.of(P1), null,
                        null, 0, null, CLERK, "deputy:" + P1))
                .expectEvents(new DutyActivityLogged(ID, ActivityType.INSPECTION, mode, HELD, TOWNSHIP, null,
                        List.of(P1), null, null, 0, null, CLERK, "deputy:" + P1));
    }

    @Test
    void anEvaluationIsLoggedWithTheEvaluatedUnit() {
        fixture.givenNoPriorActivity()
                .when(new LogDutyActivity(ID, ActivityType.EVALUATION, null, HELD, TOWNSHIP, null, List.of(P1, P2),
                        null, null, 12, UNIT, CLERK, null))
                .expectEvents(new DutyActivityLogged(ID, ActivityType.EVALUATION, null, HELD, TOWNSHIP, null,
                        List.of(P1, P2), null, null, 12, UNIT, CLERK, null));
    }

    @Test
    void aTypeIsRequired() {
        refusedLog(log(null, null, HELD, TOWNSHIP, List.of(P1), 0, null), "type", "the activity's type is required");
    }

    @Test
    void anInspectionNeedsItsMode() {
        refusedLog(log(ActivityType.INSPECTION, null, HELD, TOWNSHIP, List.of(P1), 0, null), "inspectionMode",
                "an inspection needs its mode: COLLECTIVE, INDIVIDUAL or THEMATIC");
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = "INSPECTION", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnInspectionHasAMode(ActivityType type) {
        refusedLog(log(type, InspectionMode.COLLECTIVE, HELD, TOWNSHIP, List.of(P1), 0,
                        type == ActivityType.EVALUATION ? UNIT : null),
                "inspectionMode", "only an inspection has an inspection mode");
    }

    @Test
    void anEvaluationNamesTheEvaluatedUnit() {
        refusedLog(log(ActivityType.EVALUATION, null, HELD, TOWNSHIP, List.of(P1), 0, null), "evaluatedUnitCode",
                "an evaluation names the evaluated unit");
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = "EVALUATION", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnEvaluationNamesAnEvaluatedUnit(ActivityType type) {
        refusedLog(log(type, type == ActivityType.INSPECTION ? InspectionMode.THEMATIC : null, HELD, TOWNSHIP,
                        List.of(P1), 0, UNIT),
                "evaluatedUnitCode", "only an evaluation names an evaluated unit");
    }

    @Test
    void aDateIsRequired() {
        refusedLog(log(ActivityType.SURVEY, null, null, TOWNSHIP, List.of(P1), 0, null), "heldOn",
                "the date of the activity is required");
    }

    @Test
    void aDateAfterTodayIsRefused() {
        refusedLog(log(ActivityType.SURVEY, null, TODAY.plusDays(1), TOWNSHIP, List.of(P1), 0, null), "heldOn",
                "the date of the activity cannot be in the future");
    }

    @Test
    void anActivityOfTodayIsLogged() {
        fixture.givenNoPriorActivity()
                .when(log(ActivityType.SURVEY, null, TODAY, TOWNSHIP, List.of(P1), 0, null))
                .expectEvents(new DutyActivityLogged(ID, ActivityType.SURVEY, null, TODAY, TOWNSHIP, null, List.of(P1),
                        null, null, 0, null, CLERK, null));
    }

    @ParameterizedTest(name = "township \"{0}\" is refused")
    @CsvSource(nullValues = "none", value = {"none", "''", "339901", "3399011010", "33990110x"})
    void theTownshipIsANineDigitCode(String township) {
        refusedLog(log(ActivityType.SURVEY, null, HELD, township, List.of(P1), 0, null), "townshipCode",
                "the township code is the 9-digit township code");
    }

    @Test
    void atLeastOneDeputyTookPart() {
        refusedLog(log(ActivityType.SURVEY, null, HELD, TOWNSHIP, List.of(), 0, null), "deputyIds",
                "at least one deputy took part");
        refusedLog(log(ActivityType.SURVEY, null, HELD, TOWNSHIP, null, 0, null), "deputyIds",
                "at least one deputy took part");
    }

    @Test
    void aDeputyListedTwiceIsRefusedAtTheSecondPlace() {
        refusedLog(log(ActivityType.SURVEY, null, HELD, TOWNSHIP, List.of(P1, P2, P1), 0, null), "deputyIds[2]",
                "a deputy is missing or listed twice");
    }

    @Test
    void aMissingDeputyIsRefusedAtItsPlace() {
        refusedLog(log(ActivityType.SURVEY, null, HELD, TOWNSHIP, Arrays.asList(P1, null), 0, null), "deputyIds[1]",
                "a deputy is missing or listed twice");
    }

    @Test
    void atMostMaxParticipantsDeputiesTakePart() {
        refusedLog(log(ActivityType.SESSION_ATTENDANCE, null, HELD, TOWNSHIP, deputies(DutyActivity.MAX_PARTICIPANTS + 1),
                0, null), "deputyIds", "at most 500 deputies per activity");
    }

    @Test
    void exactlyMaxParticipantsDeputiesAreLogged() {
        List<UUID> all = deputies(DutyActivity.MAX_PARTICIPANTS);
        fixture.givenNoPriorActivity()
                .when(log(ActivityType.SESSION_ATTENDANCE, null, HELD, TOWNSHIP, all, 0, null))
                .expectEvents(new DutyActivityLogged(ID, ActivityType.SESSION_ATTENDANCE, null, HELD, TOWNSHIP, null,
                        all, null, null, 0, null, CLERK, null));
    }

    @Test
    void theItemsCollectedAreNotNegative() {
        refusedLog(log(ActivityType.VOTER_VISIT, null, HELD, TOWNSHIP, List.of(P1), -1, null), "itemsCollected",
                "the number of items collected cannot be negative");
    }

    // --- withdrawing

    @Test
    void anActivityIsWithdrawn() {
        fixture.given(logged())
                .when(new WithdrawDutyActivity(ID, TODAY, "  重复登记 ", "deputy-p1", null))
                .expectEvents(new DutyActivityWithdrawn(ID, TOWNSHIP, TODAY, "重复登记", "deputy-p1", null));
    }

    @Test
    void anActivityIsWithdrawnOnTheDayItWasHeld() {
        fixture.given(logged())
                .when(new WithdrawDutyActivity(ID, HELD, "日期有误", CLERK, "deputy:" + P1))
                .expectEvents(new DutyActivityWithdrawn(ID, TOWNSHIP, HELD, "日期有误", CLERK, "deputy:" + P1));
    }

    @ParameterizedTest(name = "withdrawn on {0} is refused")
    @CsvSource(nullValues = "none", value = {"2026-03-01", "2026-03-11"})
    void theWithdrawalIsBetweenTheActivityAndToday(LocalDate on) {
        refusedWithdrawal(new WithdrawDutyActivity(ID, on, "重复登记", CLERK, null), "withdrawnOn",
                "the date of withdrawal is between the activity's date (2026-03-02) and today");
    }

    @Test
    void aWithdrawalDateIsRequired() {
        refusedWithdrawal(new WithdrawDutyActivity(ID, null, "重复登记", CLERK, null), "withdrawnOn",
                "the date of withdrawal is required");
    }

    @ParameterizedTest(name = "reason \"{0}\" is refused")
    @CsvSource(nullValues = "none", value = {"none", "''", "'  '"})
    void aReasonIsRequired(String reason) {
        refusedWithdrawal(new WithdrawDutyActivity(ID, TODAY, reason, CLERK, null), "reason", "the reason is required");
    }

    @Test
    void anActivityIsNotWithdrawnTwice() {
        fixture.given(logged(), new DutyActivityWithdrawn(ID, TOWNSHIP, HELD, "重复登记", CLERK, null))
                .when(new WithdrawDutyActivity(ID, TODAY, "再次撤销", CLERK, null))
                .expectException(ActivityAlreadyWithdrawn.class)
                .expectExceptionMessage("the activity has already been withdrawn")
                .expectNoEvents();
    }

    @Test
    void everyUnknownReferenceAndEveryDeputyNotServingThatDayIsNamedAtOnce() {
        UUID unknownDeputy = UUID.fromString("00000000-0000-4000-8000-0000000000ff");
        UUID electedLater = UUID.fromString("00000000-0000-4000-8000-0000000000fe");
        fixture = new AggregateTestFixture<>(DutyActivity.class);
        fixture.registerInjectableResource(calendar());
        fixture.registerInjectableResource(county());
        fixture.registerInjectableResource((Roster) id -> id.equals(unknownDeputy) ? Optional.empty()
                : everyoneServes().deputy(id).map(d -> id.equals(electedLater) ? new RosterDeputy(id, TOWNSHIP,
                List.of(new Mandate(MandateLevel.TOWNSHIP, TOWNSHIP, 19, TODAY, MandateStatus.SERVING, null, null))) : d));
        fixture.registerInjectableResource(groups(GROUP));
        fixture.givenNoPriorActivity()
                .when(new LogDutyActivity(ID, ActivityType.EVALUATION, null, HELD, "339901999", UUID.randomUUID(),
                        List.of(P1, unknownDeputy, electedLater), null, null, 0, "339901-NOPE", CLERK, null))
                .expectException(unknownReferences("townshipCode", "groupId", "evaluatedUnitCode", "deputyIds[1]",
                        "deputyIds[2]"))
                .expectNoEvents();
    }

    @Test
    void aGroupOfAnotherTownshipIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LogDutyActivity(ID, ActivityType.SURVEY, null, HELD, "339901102", GROUP, List.of(P1), null,
                        null, 0, null, CLERK, null))
                .expectException(unknownReferences("groupId"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnActivityAllowsNoFurtherStep() {
        fixture.given(logged(), new DutyActivityWithdrawn(ID, TOWNSHIP, HELD, "重复登记", CLERK, null))
                .when(new WithdrawDutyActivity(ID, TODAY, "再次撤销", CLERK, null))
                .expectException(new TypeSafeMatcher<ActivityAlreadyWithdrawn>() {
                    @Override
                    protected boolean matchesSafely(ActivityAlreadyWithdrawn refusal) {
                        return "WITHDRAWN".equals(refusal.currentState()) && refusal.allowedActions().isEmpty()
                                && "WITHDRAW".equals(refusal.action());
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a refused WITHDRAW in state WITHDRAWN allowing nothing");
                    }
                });
    }

    // --- helpers

    private void refusedLog(LogDutyActivity command, String field, String messageEn) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(violationOf(field, messageEn))
                .expectNoEvents();
    }

    private void refusedWithdrawal(WithdrawDutyActivity command, String field, String messageEn) {
        fixture.given(logged())
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(violationOf(field, messageEn))
                .expectNoEvents();
    }

    private static LogDutyActivity log(ActivityType type, InspectionMode mode, LocalDate heldOn, String township,
                                       List<UUID> deputies, int items, String unit) {
        return new LogDutyActivity(ID, type, mode, heldOn, township, null, deputies, null, null, items, unit, CLERK,
                null);
    }

    /** A voter reception held on 2026-03-02 by P1 and P2, logged by the township's clerk. */
    private static DutyActivityLogged logged() {
        return new DutyActivityLogged(ID, ActivityType.VOTER_RECEPTION, null, HELD, TOWNSHIP, GROUP, List.of(P1, P2),
                "城关镇代表联络站", "收集道路修缮意见", 3, null, CLERK, null);
    }

    private static List<UUID> deputies(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> UUID.fromString(String.format("00000000-0000-4000-8000-%012d", i)))
                .toList();
    }
}
