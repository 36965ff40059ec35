package org.minyi.deputy.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.deputy.Refusals;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DeputyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final UUID ID = UUID.fromString("0b7e6a52-3c1d-4f0e-9a57-5d2c1e0f8a21");
    private static final String TOWNSHIP = "339901101";
    private static final String COUNTY = "339901";
    private static final LocalDate BORN = LocalDate.of(1980, 5, 1);
    private static final LocalDate ELECTED = LocalDate.of(2021, 12, 20);
    private static final PrivateContact CONTACT = new PrivateContact("13900000000", "某镇某村2号");
    private static final NewMandate TOWNSHIP_MANDATE = new NewMandate(MandateLevel.TOWNSHIP, TOWNSHIP, 18, ELECTED);
    private static final NewMandate COUNTY_MANDATE = new NewMandate(MandateLevel.COUNTY, COUNTY, 17, ELECTED);

    private AggregateTestFixture<Deputy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deputy.class);
        // 2026-03-10 00:00 UTC is 08:00 on 2026-03-10 in Shanghai: business dates follow China time.
        fixture.registerInjectableResource(new BusinessCalendar(
                Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE)));
        fixture.registerInjectableResource(Refusals.county());
    }

    // --- registration

    @Test
    void aDeputyIsRegisteredServingATownshipAndACountyMandate() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)))
                .expectEvents(registered(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)))
                .expectState(deputy -> assertThat(deputy.mandates()).containsExactly(
                        new Mandate(MandateLevel.TOWNSHIP, TOWNSHIP, 18, ELECTED, MandateStatus.SERVING, null, null),
                        new Mandate(MandateLevel.COUNTY, COUNTY, 17, ELECTED, MandateStatus.SERVING, null, null)));
    }

    @Test
    void theRegisteredEventDoesNotPrintThePrivateContact() {
        String text = registered(List.of(TOWNSHIP_MANDATE)).toString();
        assertThat(text).doesNotContain("13900000000").doesNotContain("某镇某村2号").doesNotContain("张三");
        assertThat(register(List.of(TOWNSHIP_MANDATE)).toString()).doesNotContain("13900000000");
        assertThat(CONTACT.toString()).isEqualTo("PrivateContact[personal data]");
    }

    @Test
    void aDeputyNeedsAMandate() {
        refusedRegistration(register(List.of()), "mandates");
        refusedRegistration(register(null), "mandates");
    }

    @Test
    void twoServingMandatesAtOneLevelAreRefused() {
        NewMandate otherCounty = new NewMandate(MandateLevel.COUNTY, "339902", 17, ELECTED);
        refusedRegistration(register(List.of(COUNTY_MANDATE, TOWNSHIP_MANDATE, otherCounty)), "mandates[2].level");
    }

    @ParameterizedTest(name = "{0} congress code \"{1}\" is refused")
    @CsvSource({
            "TOWNSHIP, 339901",
            "TOWNSHIP, 3399011010",
            "TOWNSHIP, 33990110A",
            "COUNTY,   339901101",
            "COUNTY,   33990",
            "COUNTY,   ''",
            "CITY,     3399",
    })
    void aCongressCodeOfTheWrongFormatForItsLevelIsRefused(MandateLevel level, String code) {
        refusedRegistration(register(List.of(new NewMandate(level, code, 1, ELECTED))), "mandates[0].congressCode");
    }

    @ParameterizedTest(name = "term {0} is refused")
    @CsvSource(nullValues = "none", value = {"0", "-1", "none"})
    void aTermBelowOneIsRefused(Integer term) {
        refusedRegistration(register(List.of(new NewMandate(MandateLevel.COUNTY, COUNTY, term, ELECTED))),
                "mandates[0].term");
    }

    @Test
    void anElectionDateAfterTodayIsRefused() {
        NewMandate tomorrow = new NewMandate(MandateLevel.TOWNSHIP, TOWNSHIP, 18, TODAY.plusDays(1));
        fixture.givenNoPriorActivity()
                .when(register(List.of(COUNTY_MANDATE, tomorrow)))
                .expectException(RuleViolation.class)
                .expectException(violationOf("mandates[1].electedOn"))
                .expectExceptionMessage("date must not be after today (2026-03-10)")
                .expectNoEvents();
    }

    @Test
    void anElectionDateOfTodayIsAccepted() {
        NewMandate today = new NewMandate(MandateLevel.TOWNSHIP, TOWNSHIP, 18, TODAY);
        fixture.givenNoPriorActivity()
                .when(register(List.of(today)))
                .expectEvents(registered(List.of(today)));
    }

    @ParameterizedTest(name = "born {0}, elected {1}: of age = {2}")
    @CsvSource({
            "2003-12-21, 2021-12-20, false",
            "2003-12-20, 2021-12-20, true",
            "2003-12-19, 2021-12-20, true",
    })
    void aDeputyMustBeEighteenOnTheElectionDate(LocalDate born, LocalDate elected, boolean ofAge) {
        NewMandate mandate = new NewMandate(MandateLevel.TOWNSHIP, TOWNSHIP, 18, elected);
        RegisterDeputy command = register(born, List.of(mandate));
        if (ofAge) {
            fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution();
        } else {
            refusedRegistration(command, "mandates[0].electedOn");
        }
    }

    @ParameterizedTest(name = "birth date {0} is refused")
    @CsvSource(nullValues = "none", value = {"2026-03-10", "2026-03-11", "none"})
    void aBirthDateMustBeInThePast(LocalDate born) {
        refusedRegistration(register(born, List.of(TOWNSHIP_MANDATE)), "birthDate");
    }

    @ParameterizedTest(name = "name \"{0}\" is refused")
    @CsvSource({"''", "'   '"})
    void aNameIsRequired(String name) {
        RegisterDeputy command = new RegisterDeputy(ID, name, Gender.FEMALE, BORN, "汉族", Party.CPC,
                Occupation.FARMER, TOWNSHIP, "第3选区", CONTACT, List.of(TOWNSHIP_MANDATE), "demo-clerk", null);
        refusedRegistration(command, "name");
    }

    @Test
    void theHomeTownshipIsANineDigitCode() {
        RegisterDeputy command = new RegisterDeputy(ID, "张三", Gender.FEMALE, BORN, "汉族", Party.CPC,
                Occupation.FARMER, COUNTY, "第3选区", CONTACT, List.of(TOWNSHIP_MANDATE), "demo-clerk", null);
        refusedRegistration(command, "townshipCode");
    }

    @Test
    void theHomeTownshipAndTheCongressesOfTownshipAndCountyMandatesAreTheCountysOwn() {
        RegisterDeputy command = new RegisterDeputy(ID, "张三", Gender.FEMALE, BORN, "汉族", Party.CPC,
                Occupation.FARMER, "339901999", "第3选区", CONTACT, List.of(
                new NewMandate(MandateLevel.TOWNSHIP, "339901998", 18, ELECTED),
                new NewMandate(MandateLevel.COUNTY, "339902", 17, ELECTED),
                new NewMandate(MandateLevel.CITY, "339900", 9, ELECTED)), "demo-clerk", null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(Refusals.unknownReferences("townshipCode", "mandates[0].congressCode",
                        "mandates[1].congressCode"))
                .expectNoEvents();
    }

    @Test
    void anAddedMandateBelongsToACongressOfTheCounty() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(add(new NewMandate(MandateLevel.COUNTY, "339902", 17, ELECTED)))
                .expectException(Refusals.unknownReferences("congressCode"))
                .expectNoEvents();
    }

    // --- ending a mandate

    @Test
    void aServingMandateEnds() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)))
                .when(end(MandateLevel.COUNTY, TODAY, MandateEndReason.RESIGNED))
                .expectEvents(new MandateEnded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 17, TODAY,
                        MandateEndReason.RESIGNED, "demo-clerk", null))
                .expectState(deputy -> assertThat(deputy.mandates()).containsExactly(
                        new Mandate(MandateLevel.TOWNSHIP, TOWNSHIP, 18, ELECTED, MandateStatus.SERVING, null, null),
                        new Mandate(MandateLevel.COUNTY, COUNTY, 17, ELECTED, MandateStatus.ENDED, TODAY,
                                MandateEndReason.RESIGNED)));
    }

    @Test
    void aMandateEndsOnItsElectionDateAtTheEarliest() {
        fixture.given(registered(List.of(COUNTY_MANDATE)))
                .when(end(MandateLevel.COUNTY, ELECTED, MandateEndReason.DECEASED))
                .expectSuccessfulHandlerExecution();
        fixture.given(registered(List.of(COUNTY_MANDATE)))
                .when(end(MandateLevel.COUNTY, ELECTED.minusDays(1), MandateEndReason.DECEASED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the end date must not be before the election date (2021-12-20)")
                .expectNoEvents();
    }

    @Test
    void anEndAfterTodayIsRefused() {
        fixture.given(registered(List.of(COUNTY_MANDATE)))
                .when(end(MandateLevel.COUNTY, TODAY.plusDays(1), MandateEndReason.TERM_EXPIRED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("date must not be after today (2026-03-10)")
                .expectNoEvents();
    }

    @Test
    void anEndNeedsADateAReasonAndALevel() {
        refusedEnd(end(MandateLevel.COUNTY, null, MandateEndReason.RECALLED), "endedOn");
        refusedEnd(end(MandateLevel.COUNTY, TODAY, null), "reason");
        refusedEnd(end(null, TODAY, MandateEndReason.RECALLED), "level");
    }

    @Test
    void aMandateCannotEndTwice() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)),
                        new MandateEnded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 17, TODAY.minusDays(5),
                                MandateEndReason.MOVED_AWAY, "demo-clerk", null))
                .when(end(MandateLevel.COUNTY, TODAY, MandateEndReason.RESIGNED))
                .expectException(IllegalMandateState.class)
                .expectException(illegalState(MandateLevel.COUNTY, MandateStatus.ENDED, "该代表的县级人大代表职务已终止"))
                .expectExceptionMessage("the deputy's mandate at level COUNTY is ENDED, not SERVING")
                .expectNoEvents();
    }

    @Test
    void aLevelTheDeputyDoesNotHoldCannotEnd() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(end(MandateLevel.COUNTY, TODAY, MandateEndReason.RESIGNED))
                .expectException(IllegalMandateState.class)
                .expectException(illegalState(MandateLevel.COUNTY, null, "该代表没有县级人大代表职务"))
                .expectExceptionMessage("the deputy holds no mandate at level COUNTY")
                .expectNoEvents();
    }

    // --- adding a mandate

    @Test
    void aSecondCountyMandateWhileOneServesIsRefused() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)))
                .when(add(new NewMandate(MandateLevel.COUNTY, COUNTY, 18, TODAY)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the deputy already serves a mandate at level COUNTY")
                .expectNoEvents();
    }

    @Test
    void aNewCountyTermIsAddedAfterTheLastOneEnded() {
        NewMandate nextTerm = new NewMandate(MandateLevel.COUNTY, COUNTY, 18, TODAY);
        fixture.given(registered(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)),
                        new MandateEnded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 17, TODAY.minusDays(1),
                                MandateEndReason.TERM_EXPIRED, "demo-clerk", null))
                .when(add(nextTerm))
                .expectEvents(new MandateAdded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 18, TODAY,
                        "demo-admin", "deputy:" + ID))
                .expectState(deputy -> assertThat(deputy.mandates()).extracting(Mandate::level, Mandate::term,
                                Mandate::status)
                        .containsExactly(
                                tuple(MandateLevel.TOWNSHIP, 18, MandateStatus.SERVING),
                                tuple(MandateLevel.COUNTY, 17, MandateStatus.ENDED),
                                tuple(MandateLevel.COUNTY, 18, MandateStatus.SERVING)));
    }

    @Test
    void aMandateAtAnotherLevelIsAdded() {
        NewMandate city = new NewMandate(MandateLevel.CITY, "339900", 9, TODAY);
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(add(city))
                .expectEvents(new MandateAdded(ID, TOWNSHIP, MandateLevel.CITY, "339900", 9, TODAY,
                        "demo-admin", "deputy:" + ID));
    }

    @Test
    void anAddedMandateKeepsTheRulesOfANewOne() {
        refusedAdd(add(new NewMandate(MandateLevel.COUNTY, "33990", 18, TODAY)), "mandate.congressCode");
        refusedAdd(add(new NewMandate(MandateLevel.COUNTY, COUNTY, 0, TODAY)), "mandate.term");
        refusedAdd(add(new NewMandate(MandateLevel.COUNTY, COUNTY, 18, TODAY.plusDays(1))), "mandate.electedOn");
        // born 1980-05-01: not 18 on 1998-04-30
        refusedAdd(add(new NewMandate(MandateLevel.COUNTY, COUNTY, 12, LocalDate.of(1998, 4, 30))),
                "mandate.electedOn");
        refusedAdd(add(null), "mandate");
    }

    @Test
    void anEndedThenRestartedLevelEndsItsNewMandate() {
        fixture.given(registered(List.of(COUNTY_MANDATE)),
                        new MandateEnded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 17, LocalDate.of(2026, 1, 1),
                                MandateEndReason.TERM_EXPIRED, "demo-clerk", null),
                        new MandateAdded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 18, LocalDate.of(2026, 1, 2),
                                "demo-clerk", null))
                .when(end(MandateLevel.COUNTY, TODAY, MandateEndReason.RECALLED))
                .expectEvents(new MandateEnded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 18, TODAY,
                        MandateEndReason.RECALLED, "demo-clerk", null));
    }

    // --- adding a mandate (more)

    @Test
    void anAddedMandateServesSoASecondOneAtItsLevelIsRefused() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)),
                        new MandateAdded(ID, TOWNSHIP, MandateLevel.CITY, "339900", 9, TODAY.minusDays(30),
                                "demo-admin", null))
                .when(add(new NewMandate(MandateLevel.CITY, "339900", 9, TODAY)))
                .expectException(violationOf("mandate.level"))
                .expectExceptionMessage("the deputy already serves a mandate at level CITY")
                .expectNoEvents();
    }

    @Test
    void aMandateIsAddedFromTheEighteenthBirthday() {
        // born 1980-05-01: 18 on 1998-05-01
        LocalDate eighteenth = LocalDate.of(1998, 5, 1);
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(add(new NewMandate(MandateLevel.COUNTY, COUNTY, 12, eighteenth)))
                .expectEvents(new MandateAdded(ID, TOWNSHIP, MandateLevel.COUNTY, COUNTY, 12, eighteenth,
                        "demo-admin", "deputy:" + ID));
    }

    // --- points adjustments

    private static final UUID ADJUSTMENT = UUID.fromString("2d4f6a8c-1e3b-4d5f-8a9c-0b1d2e3f4a5b");
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(
            Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE));

    @Test
    void aPointsAdjustmentIsRecorded() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(adjust(ADJUSTMENT, PointsCategory.INTERSESSION, "2.5", "  组织代表小组活动 ", TODAY))
                .expectEvents(new PointsAdjusted(ID, TOWNSHIP, ADJUSTMENT, PointsCategory.INTERSESSION,
                        new BigDecimal("2.5"), "组织代表小组活动", TODAY, "demo-clerk", null));
    }

    @Test
    void aDeductionDatedInThePastIsRecordedOnBehalfOfTheOffice() {
        LocalDate january = LocalDate.of(2026, 1, 15);
        fixture.given(registered(List.of(TOWNSHIP_MANDATE, COUNTY_MANDATE)))
                .when(new AdjustPoints(ID, ADJUSTMENT, PointsCategory.DISCIPLINE, new BigDecimal("-10"), "无故缺席",
                        january, "demo-admin", "deputy:" + ID))
                .expectEvents(new PointsAdjusted(ID, TOWNSHIP, ADJUSTMENT, PointsCategory.DISCIPLINE,
                        new BigDecimal("-10"), "无故缺席", january, "demo-admin", "deputy:" + ID));
    }

    @Test
    void theSameAdjustmentSentAgainChangesNothing() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)), adjusted(ADJUSTMENT, "2.5"))
                .when(adjust(ADJUSTMENT, PointsCategory.INTERSESSION, "2.5", "组织代表小组活动", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherAdjustmentAfterAFirstOneIsRecorded() {
        UUID second = UUID.fromString("2d4f6a8c-1e3b-4d5f-8a9c-0b1d2e3f4a5c");
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)), adjusted(ADJUSTMENT, "2.5"))
                .when(adjust(second, PointsCategory.INTERSESSION, "2.5", "组织代表小组活动", TODAY))
                .expectEvents(new PointsAdjusted(ID, TOWNSHIP, second, PointsCategory.INTERSESSION,
                        new BigDecimal("2.5"), "组织代表小组活动", TODAY, "demo-clerk", null));
    }

    @Test
    void anAdjustmentNeedsItsId() {
        refusedAdjustment(adjust(null, PointsCategory.OTHER, "1", "其他", TODAY), "id",
                "the adjustment's id is required");
    }

    @Test
    void anAdjustmentNeedsACategory() {
        refusedAdjustment(adjust(ADJUSTMENT, null, "1", "其他", TODAY), "category", "the category is required");
    }

    @ParameterizedTest(name = "{0} points are refused")
    @CsvSource(nullValues = "none", value = {"none", "0", "0.0", "-0.00"})
    void anAdjustmentIsNotZero(String points) {
        refusedAdjustment(adjust(ADJUSTMENT, PointsCategory.OTHER, points, "其他", TODAY), "points",
                "the points cannot be zero");
    }

    @ParameterizedTest(name = "{0} points are refused")
    @CsvSource({"100.1", "-100.1", "101", "-150", "1000"})
    void anAdjustmentStaysWithinTheHundredPointScale(String points) {
        refusedAdjustment(adjust(ADJUSTMENT, PointsCategory.OTHER, points, "其他", TODAY), "points",
                "the points are between -100 and 100");
    }

    @ParameterizedTest(name = "{0} points are refused")
    @CsvSource({"1.25", "0.05", "-2.55", "99.99", "1.250"})
    void anAdjustmentHasAtMostOneDecimal(String points) {
        refusedAdjustment(adjust(ADJUSTMENT, PointsCategory.OTHER, points, "其他", TODAY), "points",
                "the points have at most one decimal");
    }

    @ParameterizedTest(name = "reason \"{0}\" is refused")
    @CsvSource(nullValues = "none", value = {"none", "''", "'   '"})
    void anAdjustmentNeedsAReason(String reason) {
        refusedAdjustment(adjust(ADJUSTMENT, PointsCategory.OTHER, "1", reason, TODAY), "reason",
                "the reason is required");
    }

    @Test
    void anAdjustmentNeedsADateNotInTheFuture() {
        refusedAdjustment(adjust(ADJUSTMENT, PointsCategory.OTHER, "1", "其他", null), "on", "the date is required");
        refusedAdjustment(adjust(ADJUSTMENT, PointsCategory.OTHER, "1", "其他", TODAY.plusDays(1)), "on",
                "the date cannot be in the future");
    }

    @Test
    void anAdjustmentSentAgainIsStillChecked() {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)), adjusted(ADJUSTMENT, "2.5"))
                .when(adjust(ADJUSTMENT, PointsCategory.INTERSESSION, "2.5", "组织代表小组活动", TODAY.plusDays(1)))
                .expectException(violationOf("on"))
                .expectNoEvents();
    }

    // --- PointsAdjustmentPolicy on its own

    @ParameterizedTest(name = "{0} points: valid = {1}")
    @CsvSource({
            "100,    true",
            "-100,   true",
            "100.0,  true",
            "-100.00, true",
            "99.9,   true",
            "0.1,    true",
            "-0.1,   true",
            "0.5,    true",
            "2.50,   true",
            "1E+1,   true",
            "100.01, false",
            "-100.05, false",
            "0.01,   false",
            "0.15,   false",
            "1E-2,   false",
    })
    void thePolicyBoundsThePoints(String points, boolean valid) {
        AdjustPoints command = adjust(ADJUSTMENT, PointsCategory.SESSION, points, "出席会议", TODAY);
        if (valid) {
            assertThatCode(() -> PointsAdjustmentPolicy.requireValid(command, CALENDAR)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> PointsAdjustmentPolicy.requireValid(command, CALENDAR))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("points"));
        }
    }

    @Test
    void thePolicyChecksTheFieldsInOrder() {
        AdjustPoints allWrong = new AdjustPoints(ID, null, null, BigDecimal.ZERO, " ", TODAY.plusDays(1), "demo-clerk",
                null);
        assertThatThrownBy(() -> PointsAdjustmentPolicy.requireValid(allWrong, CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("id"));
        AdjustPoints noCategory = new AdjustPoints(ID, ADJUSTMENT, null, BigDecimal.ZERO, " ", TODAY.plusDays(1),
                "demo-clerk", null);
        assertThatThrownBy(() -> PointsAdjustmentPolicy.requireValid(noCategory, CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("category"));
        AdjustPoints zero = new AdjustPoints(ID, ADJUSTMENT, PointsCategory.OTHER, BigDecimal.ZERO, " ",
                TODAY.plusDays(1), "demo-clerk", null);
        assertThatThrownBy(() -> PointsAdjustmentPolicy.requireValid(zero, CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("points"));
        AdjustPoints noReason = new AdjustPoints(ID, ADJUSTMENT, PointsCategory.OTHER, BigDecimal.ONE, " ",
                TODAY.plusDays(1), "demo-clerk", null);
        assertThatThrownBy(() -> PointsAdjustmentPolicy.requireValid(noReason, CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
    }

    @Test
    void anAdjustmentDatedTodayInChinaIsNotInTheFuture() {
        // 2026-03-09 17:00 UTC is already 2026-03-10 01:00 in Shanghai
        BusinessCalendar lateEveningUtc = new BusinessCalendar(
                Clock.fixed(Instant.parse("2026-03-09T17:00:00Z"), BusinessCalendar.ZONE));
        assertThatCode(() -> PointsAdjustmentPolicy.requireValid(
                adjust(ADJUSTMENT, PointsCategory.OTHER, "1", "其他", TODAY), lateEveningUtc))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PointsAdjustmentPolicy.requireValid(
                adjust(ADJUSTMENT, PointsCategory.OTHER, "1", "其他", TODAY.plusDays(1)), lateEveningUtc))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("on"));
    }

    private void refusedAdjustment(AdjustPoints command, String field, String messageEn) {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(violationOf(field))
                .expectExceptionMessage(messageEn)
                .expectNoEvents();
    }

    private static AdjustPoints adjust(UUID adjustment, PointsCategory category, String points, String reason,
                                       LocalDate on) {
        return new AdjustPoints(ID, adjustment, category, points == null ? null : new BigDecimal(points), reason, on,
                "demo-clerk", null);
    }

    private static PointsAdjusted adjusted(UUID adjustment, String points) {
        return new PointsAdjusted(ID, TOWNSHIP, adjustment, PointsCategory.INTERSESSION, new BigDecimal(points),
                "组织代表小组活动", TODAY, "demo-clerk", null);
    }

    // --- helpers

    private void refusedRegistration(RegisterDeputy command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violationOf(field))
                .expectNoEvents();
    }

    private void refusedEnd(EndMandate command, String field) {
        fixture.given(registered(List.of(COUNTY_MANDATE)))
                .when(command)
                .expectException(violationOf(field))
                .expectNoEvents();
    }

    private void refusedAdd(AddMandate command, String field) {
        fixture.given(registered(List.of(TOWNSHIP_MANDATE)))
                .when(command)
                .expectException(violationOf(field))
                .expectNoEvents();
    }

    /** A RuleViolation naming {@code field}, with a Chinese message as well. */
    static Matcher<RuleViolation> violationOf(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return field.equals(violation.field()) && !violation.messageZh().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of field ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was of field ").appendValue(violation.field())
                        .appendText(": ").appendValue(violation.getMessage());
            }
        };
    }

    /** An IllegalMandateState at {@code level} whose current state is {@code state} (null: none held). */
    private static Matcher<IllegalMandateState> illegalState(MandateLevel level, MandateStatus state,
                                                              String messageZh) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(IllegalMandateState refusal) {
                return refusal.level() == level && refusal.mandateState() == state
                        && refusal.messageZh().equals(messageZh);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("IllegalMandateState at ").appendValue(level).appendText(" in state ")
                        .appendValue(state).appendText(" saying ").appendValue(messageZh);
            }
        };
    }

    private static RegisterDeputy register(List<NewMandate> mandates) {
        return register(BORN, mandates);
    }

    private static RegisterDeputy register(LocalDate born, List<NewMandate> mandates) {
        return new RegisterDeputy(ID, " 张三 ", Gender.FEMALE, born, "汉族", Party.CPC, Occupation.FARMER, TOWNSHIP,
                "第3选区", CONTACT, mandates, "demo-clerk", null);
    }

    private static DeputyRegistered registered(List<NewMandate> mandates) {
        return new DeputyRegistered(ID, TOWNSHIP, "张三", Gender.FEMALE, BORN, "汉族", Party.CPC, Occupation.FARMER,
                "第3选区", CONTACT, mandates, "demo-clerk", null);
    }

    private static EndMandate end(MandateLevel level, LocalDate on, MandateEndReason reason) {
        return new EndMandate(ID, level, on, reason, "demo-clerk", null);
    }

    private static AddMandate add(NewMandate mandate) {
        return new AddMandate(ID, mandate, "demo-admin", "deputy:" + ID);
    }
}
