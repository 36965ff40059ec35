package org.minyi.petition.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;
import org.minyi.platform.county.Deadlines;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.petition.model.PetitionFixtures.ACCUSED;
import static org.minyi.petition.model.PetitionFixtures.COUNTY_UNIT;
import static org.minyi.petition.model.PetitionFixtures.D0;
import static org.minyi.petition.model.PetitionFixtures.ID;
import static org.minyi.petition.model.PetitionFixtures.ONE;
import static org.minyi.petition.model.PetitionFixtures.OTHER_TOWNSHIP_UNIT;
import static org.minyi.petition.model.PetitionFixtures.Scenario;
import static org.minyi.petition.model.PetitionFixtures.TODAY;
import static org.minyi.petition.model.PetitionFixtures.TOWNSHIP;
import static org.minyi.petition.model.PetitionFixtures.UNIT;
import static org.minyi.petition.model.PetitionFixtures.VILLAGE;
import static org.minyi.petition.model.PetitionFixtures.answered;
import static org.minyi.petition.model.PetitionFixtures.assigned;
import static org.minyi.petition.model.PetitionFixtures.completed;
import static org.minyi.petition.model.PetitionFixtures.facts;
import static org.minyi.petition.model.PetitionFixtures.fixture;
import static org.minyi.petition.model.PetitionFixtures.received;
import static org.minyi.petition.model.PetitionFixtures.registered;
import static org.minyi.petition.model.PetitionFixtures.registeredFacts;

/** Each step's event, its deadlines and its rules, given/when/then on the Axon fixture. */
class PetitionTest {

    private final AggregateTestFixture<Petition> fixture = fixture();

    // ---- intake ----

    @Test
    void aLetterIsReceivedWithItsRegistrationAndDispositionDeadlines() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.LETTER, TODAY, null, List.of(ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.LETTER, TODAY, TOWNSHIP, null, null, List.of(ONE),
                        false, "土地纠纷", "内容", null, TODAY.plusDays(3), TODAY.plusDays(15), "demo-clerk", null))
                .expectState(p -> assertThat(p.state()).isEqualTo(PetitionState.RECEIVED));
    }

    @Test
    void aVisitCountsAtLeastItsPetitionersAsVisitorsAndFiveMakeItCollective() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.VISIT, TODAY, 2, Collections.nCopies(5, ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.VISIT, TODAY, TOWNSHIP, null, 5,
                        Collections.nCopies(5, ONE), true, "土地纠纷", "内容", null, TODAY.plusDays(3),
                        TODAY.plusDays(15), "demo-clerk", null));
    }

    @Test
    void sixVisitorsWithTwoNamedRepresentativesAreCollective() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.VISIT, TODAY, 6, List.of(ONE, ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.VISIT, TODAY, TOWNSHIP, null, 6,
                        List.of(ONE, ONE), true, "土地纠纷", "内容", null, TODAY.plusDays(3), TODAY.plusDays(15),
                        "demo-clerk", null));
    }

    @Test
    void aDateAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.LETTER, TODAY.plusDays(1), null, List.of(ONE)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("date must not be after today (2026-03-10)")
                .expectNoEvents();
    }

    @Test
    void visitorsOutsideAVisitAreRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.PHONE, TODAY, 3, List.of(ONE)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPetitionNeedsAPetitioner() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.LETTER, TODAY, null, List.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void configuredDeadlinesAreTheOnesCarried() {
        fixture(PetitionFixtures.countyWith(new Deadlines.Petitions(5, 20, 45, 10, 7, 14, 20, null)))
                .givenNoPriorActivity()
                .when(receive(Channel.LETTER, D0, null, List.of(ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.LETTER, D0, TOWNSHIP, null, null, List.of(ONE),
                        false, "土地纠纷", "内容", null, D0.plusDays(5), D0.plusDays(20), "demo-clerk", null));
    }

    @Test
    void everyUnknownReferenceOfAnIntakeIsNamedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePetition(ID, Channel.LETTER, TODAY, TOWNSHIP, "339901102201", null, List.of(ONE),
                        "土地纠纷", "内容", "339901101-NONE", "demo-clerk", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof UnknownReference r
                        && r.references().stream().map(UnknownReference.Reference::field).toList()
                        .equals(List.of("villageCode", "accusedUnitCode"))))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ReceivePetition(ID, Channel.LETTER, TODAY, "339901999", VILLAGE, null, List.of(ONE),
                        "土地纠纷", "内容", null, "demo-clerk", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof UnknownReference r
                        && r.field().equals("townshipCode") && r.references().size() == 1))
                .expectNoEvents();
    }

    // ---- registration ----

    @Test
    void registrationCarriesCategoryVillageFlagsAndTheDeadlinesItWasJudgedAgainst() {
        UUID original = UUID.randomUUID();
        fixture.given(received())
                .when(new RegisterPetition(ID, D0.plusDays(2), Category.DEMOLITION, "339901101202",
                        Set.of(Flag.IMPORTANT), original, D0.minusDays(30), "demo-clerk", "unit:339901101-XF"))
                .expectEvents(new PetitionRegistered(ID, new PetitionFacts(TOWNSHIP, "339901101202", D0,
                        Category.DEMOLITION, List.of(Flag.REPEAT, Flag.IMPORTANT), null, 1), D0.plusDays(2), original,
                        D0.plusDays(3), D0.plusDays(15), "demo-clerk", "unit:339901101-XF"));
    }

    @Test
    void aComplaintAgainstAUnitIsFlaggedAsSuch() {
        fixture.given(received(ACCUSED))
                .when(new RegisterPetition(ID, TODAY, Category.OTHER, null, null, null, null, "demo-clerk", null))
                .expectEvents(new PetitionRegistered(ID, facts(Category.OTHER, List.of(Flag.COMPLAINT_AGAINST_UNIT),
                        null, 1), TODAY, null, D0.plusDays(3), D0.plusDays(15), "demo-clerk", null));
    }

    @Test
    void aRepeatNamesItsOriginalWhichIsNotItself() {
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, Category.LAND, null, Set.of(Flag.REPEAT), null, null, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("repeatOf")))
                .expectNoEvents();
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, Category.LAND, null, Set.of(), ID, D0, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("repeatOf")))
                .expectNoEvents();
    }

    @Test
    void theOriginalOfARepeatIsOneTheCallerMayLinkReceivedNoLaterThanThisOne() {
        UUID original = UUID.randomUUID();
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, Category.LAND, null, Set.of(), original, null, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof UnknownReference r && r.field().equals("repeatOf")))
                .expectNoEvents();
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, Category.LAND, null, Set.of(), original, D0.plusDays(1), "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("repeatOf")
                        && v.messageEn().contains("received after")))
                .expectNoEvents();
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, Category.LAND, null, Set.of(), original, D0, "c", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void registrationNeedsACategoryAndAVillageOfTheTownship() {
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, null, null, Set.of(), null, null, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("category")));
        fixture.given(received())
                .when(new RegisterPetition(ID, TODAY, Category.LAND, "339901102201", Set.of(), null, null, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof UnknownReference r && r.field().equals("villageCode")));
    }

    // ---- dates ----

    @Test
    void aStepDatedBeforeTheStepItFollowsOrInTheFutureIsRefusedNamingTheField() {
        fixture.given(received(), registered())
                .when(new AssignPetition(ID, D0, UNIT, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v
                        && v.field().equals("assignedOn") && v.messageEn().contains("previous step (" + D0.plusDays(1) + ")")))
                .expectNoEvents();
        fixture.given(received(), registered())
                .when(new AssignPetition(ID, TODAY.plusDays(1), UNIT, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("assignedOn")))
                .expectNoEvents();
        fixture.given(received(), registered(), assigned())
                .when(new InstructPetition(ID, D0.plusDays(1), "王主任", "阅", "leader", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("on")))
                .expectNoEvents();
        fixture.given(received())
                .when(new RegisterPetition(ID, null, Category.LAND, null, Set.of(), null, null, "c", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("registeredOn")));
    }

    @Test
    void aStepOnTheSameDayAsTheOneBeforeIsFine() {
        fixture.given(received(), registered())
                .when(new AssignPetition(ID, D0.plusDays(1), UNIT, "c", null))
                .expectSuccessfulHandlerExecution();
    }

    // ---- disposition ----

    @Test
    void assignmentStartsTheCompletionDeadline() {
        fixture.given(received(), registered())
                .when(new AssignPetition(ID, D0.plusDays(4), UNIT, "demo-clerk", null))
                .expectEvents(new PetitionAssigned(ID, registeredFacts(UNIT), D0.plusDays(4), D0.plusDays(15),
                        D0.plusDays(64), "demo-clerk", null));
    }

    @Test
    void aCountyLevelUnitMayHandleATownshipPetition() {
        fixture.given(received(), registered())
                .when(new AssignPetition(ID, TODAY, COUNTY_UNIT, "demo-clerk", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAUnitOfTheTownshipOrTheCountyThatIsNotAccusedMayBeAssigned() {
        for (String unit : new String[]{OTHER_TOWNSHIP_UNIT, "339901101-NOPE"}) {
            fixture.given(received(), registered())
                    .when(new AssignPetition(ID, TODAY, unit, "demo-clerk", null))
                    .expectException(Matchers.predicate((Object e) -> e instanceof UnknownReference r && r.field().equals("unitCode")))
                    .expectNoEvents();
        }
        fixture.given(received(ACCUSED), registered())
                .when(new AssignPetition(ID, TODAY, ACCUSED, "demo-clerk", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("unitCode")))
                .expectNoEvents();
    }

    @Test
    void transferStartsTheCompletionDeadlineAndNotAcceptingStartsTheAnswerDeadline() {
        fixture.given(received(), registered())
                .when(new TransferPetition(ID, D0.plusDays(3), " 县人民法院 ", "demo-clerk", null))
                .expectEvents(new PetitionTransferred(ID, registeredFacts(null), D0.plusDays(3), "县人民法院",
                        D0.plusDays(15), D0.plusDays(63), "demo-clerk", null));
        fixture.given(received(), registered())
                .when(new NotAcceptPetition(ID, D0.plusDays(3), "已进入诉讼程序", "demo-clerk", null))
                .expectEvents(new PetitionNotAccepted(ID, registeredFacts(null), D0.plusDays(3), "已进入诉讼程序",
                        D0.plusDays(15), D0.plusDays(18), "demo-clerk", null));
    }

    // ---- extension ----

    @Test
    void oneExtensionMovesTheCompletionDeadline() {
        fixture.given(received(), registered(), assigned())
                .when(new ExtendPetitionDeadline(ID, TODAY, 30, "需要现场测量", "demo-unit", null))
                .expectEvents(new PetitionDeadlineExtended(ID, registeredFacts(UNIT), TODAY, 30, "需要现场测量",
                        D0.plusDays(62), D0.plusDays(92), "demo-unit", null))
                .expectState(p -> assertThat(p.completionDeadline()).isEqualTo(D0.plusDays(92)));
    }

    @Test
    void anExtensionIsOneToThirtyDaysWithAReason() {
        for (int days : new int[]{0, 31}) {
            fixture.given(received(), registered(), assigned())
                    .when(new ExtendPetitionDeadline(ID, TODAY, days, "理由", "demo-unit", null))
                    .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("days")))
                    .expectNoEvents();
        }
        fixture.given(received(), registered(), assigned())
                .when(new ExtendPetitionDeadline(ID, TODAY, 5, " ", "demo-unit", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("reason")));
    }

    @Test
    void theLimitComesFromTheDeploymentFile() {
        fixture(PetitionFixtures.countyWith(new Deadlines.Petitions(null, null, null, 10, null, null, null, null)))
                .given(received(), registered(), assigned())
                .when(new ExtendPetitionDeadline(ID, TODAY, 11, "理由", "demo-unit", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("days")));
    }

    @Test
    void aSecondExtensionIsAnIllegalStep() {
        fixture.given(received(), registered(), assigned(), PetitionFixtures.extended(UNIT))
                .when(new ExtendPetitionDeadline(ID, TODAY, 5, "还需要时间", "demo-unit", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof IllegalPetitionStep s
                        && s.state() == PetitionState.ASSIGNED && !s.allowed().contains(PetitionAction.EXTEND)
                        && s.allowed().contains(PetitionAction.COMPLETE)))
                .expectNoEvents();
    }

    @Test
    void anExtensionIsGrantedByTheDeadlineNotAfterIt() {
        AggregateTestFixture<Petition> late = PetitionFixtures.fixture();
        PetitionAssigned longAgo = new PetitionAssigned(ID, registeredFacts(UNIT), D0.plusDays(2), D0.plusDays(15),
                D0.plusDays(5), "demo-clerk", null);
        late.given(received(), registered(), longAgo)
                .when(new ExtendPetitionDeadline(ID, D0.plusDays(6), 5, "理由", "demo-unit", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("on")));
    }

    // ---- completion, answer, return visit ----

    @Test
    void completionStartsTheAnswerDeadlineAndTheAnswerTheVisitAndReviewDeadlines() {
        fixture.given(received(), registered(), assigned())
                .when(new CompletePetition(ID, D0.plusDays(9), "已协调解决", "demo-unit", null))
                .expectEvents(new PetitionCompleted(ID, registeredFacts(UNIT), D0.plusDays(9), "已协调解决",
                        D0.plusDays(62), D0.plusDays(24), "demo-unit", null));
        fixture.given(received(), registered(), assigned(), completed(UNIT))
                .when(new AnswerPetitioner(ID, D0.plusDays(8), AnswerChannel.PHONE, "电话告知结果", "demo-unit", null))
                .expectEvents(new PetitionerAnswered(ID, registeredFacts(UNIT), D0.plusDays(8), AnswerChannel.PHONE,
                        "电话告知结果", D0.plusDays(19), D0.plusDays(38), D0.plusDays(38), "demo-unit", null));
        fixture.given(received(), registered(), assigned(), completed(UNIT), answered(UNIT))
                .when(new RecordReturnVisit(ID, TODAY, Satisfaction.BASICALLY_SATISFIED, "demo-clerk", null))
                .expectEvents(new ReturnVisitRecorded(ID, registeredFacts(UNIT), TODAY, Satisfaction.BASICALLY_SATISFIED,
                        D0.plusDays(35), "demo-clerk", null));
    }

    @Test
    void anOfficeTypesInAUnitsStepForTheUnitThatHandlesThePetition() {
        String other = "unit:" + COUNTY_UNIT;
        fixture.given(received(), registered(), assigned())
                .when(new CompletePetition(ID, TODAY, "已解决", "demo-clerk", other))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v
                        && v.field().equals("onBehalfOf") && v.messageEn().contains(UNIT)))
                .expectNoEvents();
        fixture.given(received(), registered(), assigned())
                .when(new ExtendPetitionDeadline(ID, TODAY, 10, "情况复杂", "demo-clerk", other))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(received(), registered(), assigned(), completed(UNIT))
                .when(new AnswerPetitioner(ID, TODAY, AnswerChannel.WRITTEN, "答复", "demo-clerk", other))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(received(), registered(), assigned())
                .when(new CompletePetition(ID, TODAY, "已解决", "demo-clerk", "unit:" + UNIT))
                .expectSuccessfulHandlerExecution();
        // Transferred: no unit handles it, so no unit is the wrong one.
        fixture.given(received(), registered(), PetitionFixtures.transferred())
                .when(new CompletePetition(ID, TODAY, "已办结", "demo-clerk", other))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aNotAcceptedPetitionIsAnsweredAgainstTheDeadlineOfTheDecision() {
        fixture.given(received(), registered(), PetitionFixtures.notAccepted())
                .when(new AnswerPetitioner(ID, TODAY, AnswerChannel.WRITTEN, "不予受理告知书", "demo-clerk", null))
                .expectEvents(new PetitionerAnswered(ID, registeredFacts(null), TODAY, AnswerChannel.WRITTEN,
                        "不予受理告知书", D0.plusDays(17), TODAY.plusDays(30), TODAY.plusDays(30), "demo-clerk", null));
    }

    // ---- supervision ----

    @Test
    void supervisionNamesTheStepItPressesAndThatStepsDeadline() {
        fixture.given(received(), registered(), assigned())
                .when(new SupervisePetition(ID, TODAY, SupervisionType.ESCALATE, "提级督办", "demo-clerk", null))
                .expectEvents(new PetitionSupervised(ID, registeredFacts(UNIT), TODAY, SupervisionType.ESCALATE,
                        DueStep.COMPLETE, D0.plusDays(62), "提级督办", "demo-clerk", null));
        fixture.given(received())
                .when(new SupervisePetition(ID, TODAY, SupervisionType.URGE, null, "demo-clerk", null))
                .expectEvents(new PetitionSupervised(ID, new PetitionFacts(TOWNSHIP, VILLAGE, D0, null, List.of(), null, 1),
                        TODAY, SupervisionType.URGE, DueStep.REGISTER, D0.plusDays(3), null, "demo-clerk", null));
    }

    @Test
    void leadersStepsNeedTheLeader() {
        fixture.given(received(), registered())
                .when(new InstructPetition(ID, TODAY, " ", "阅", "leader", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("leader")));
        fixture.given(received(), registered())
                .when(new TakeCaseOwnership(ID, TODAY, "李主席", "亲自包案", "leader", null))
                .expectEvents(new CaseOwnershipTaken(ID, registeredFacts(null), TODAY, "李主席", "亲自包案", "leader", null));
        fixture.given(received(), registered())
                .when(new HoldAppointment(ID, TODAY, "李主席", null, "demo-clerk", null))
                .expectEvents(new AppointmentHeld(ID, registeredFacts(null), TODAY, "李主席", null, "demo-clerk", null));
    }

    // ---- the review loop ----

    @Test
    void aReviewRequestSendsThePetitionBackToTheSameUnitInTheNextRound() {
        fixture.given(Scenario.VISITED_UNSATISFIED.events)
                .when(new RequestReview(ID, TODAY, "对结果不满意", "demo-clerk", null))
                .expectEvents(new ReviewRequested(ID, facts(Category.LAND, List.of(), UNIT, 2), TODAY, "对结果不满意",
                        D0.plusDays(35), TODAY.plusDays(60), "demo-clerk", null))
                .expectState(p -> {
                    assertThat(p.state()).isEqualTo(PetitionState.ASSIGNED);
                    assertThat(p.round()).isEqualTo(2);
                });
        fixture.given(Scenario.REVIEWED.events)
                .when(new CompletePetition(ID, TODAY, "复查后维持", "demo-unit", null))
                .expectEvents(new PetitionCompleted(ID, facts(Category.LAND, List.of(), UNIT, 2), TODAY, "复查后维持",
                        D0.plusDays(67), TODAY.plusDays(15), "demo-unit", null));
    }

    @Test
    void aReviewIsRequestedWithinTheWindowAfterTheAnswer() {
        PetitionerAnswered longAgo = new PetitionerAnswered(ID, registeredFacts(UNIT), D0.plusDays(5),
                AnswerChannel.WRITTEN, "答复", D0.plusDays(19), D0.plusDays(7), D0.plusDays(7), "demo-unit", null);
        fixture.given(received(), registered(), assigned(), completed(UNIT), longAgo)
                .when(new RequestReview(ID, D0.plusDays(8), "不满意", "demo-clerk", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("requestedOn")))
                .expectNoEvents();
        fixture.given(received(), registered(), assigned(), completed(UNIT), longAgo)
                .when(new RequestReview(ID, D0.plusDays(7), "不满意", "demo-clerk", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void archivingEndsTheLifecycle() {
        fixture.given(Scenario.VISITED_SATISFIED.events)
                .when(new ArchivePetition(ID, TODAY, "demo-clerk", null))
                .expectEvents(new PetitionArchived(ID, registeredFacts(UNIT), TODAY, "demo-clerk", null))
                .expectState(p -> assertThat(PetitionLifecyclePolicy.allowedActions(p.stage())).isEmpty());
    }

    // ---- erasure ----

    @Test
    void erasureRecordsWhoseDataWasErasedInAnyStateAndOnlyOnce() {
        fixture.given(Scenario.ARCHIVED.events)
                .when(new ErasePetitionerData(ID, null, "demo-clerk", null))
                .expectEvents(new PetitionerDataErased(ID, TOWNSHIP, List.of(PetitionFixtures.ONE.personId(),
                        PetitionFixtures.TWO.personId()), TODAY, "demo-clerk", null));
        fixture.given(received(), new PetitionerDataErased(ID, TOWNSHIP, List.of(ONE.personId()), TODAY, "c", null))
                .when(new ErasePetitionerData(ID, List.of(), "demo-clerk", null))
                .expectEvents(new PetitionerDataErased(ID, TOWNSHIP, List.of(PetitionFixtures.TWO.personId()), TODAY,
                        "demo-clerk", null));
        fixture.given(received(), new PetitionerDataErased(ID, TOWNSHIP, List.of(ONE.personId()), TODAY, "c", null))
                .when(new ErasePetitionerData(ID, List.of(ONE.personId()), "demo-clerk", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyThePetitionsOwnPetitionersAreErased() {
        fixture.given(received())
                .when(new ErasePetitionerData(ID, List.of(UUID.randomUUID()), "demo-clerk", null))
                .expectException(Matchers.predicate((Object e) -> e instanceof RuleViolation v && v.field().equals("personIds")))
                .expectNoEvents();
    }

    private static ReceivePetition receive(Channel channel, LocalDate on, Integer visitors, List<SealedPetitioner> petitioners) {
        return new ReceivePetition(ID, channel, on, TOWNSHIP, null, visitors, petitioners, "土地纠纷", "内容", null,
                "demo-clerk", null);
    }
}
