package org.minyi.petition.model;

import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CoreMatchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.petition.model.PetitionFixtures.Scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.petition.model.PetitionFixtures.command;
import static org.minyi.petition.model.PetitionFixtures.fixture;

/**
 * The state machine, cell by cell: every stage of a petition's life × every step. An allowed step
 * records exactly its event and leads to the state of the table; a refused one records nothing and names
 * the current state and the allowed actions (409 {@code illegal-step} over HTTP). The table is written
 * out here, not derived from {@link PetitionLifecyclePolicy}, so that it tests the policy.
 */
class PetitionLifecycleTest {

    /** Stage → the steps it allows. */
    private static final Map<Scenario, String> ALLOWED = new EnumMap<>(Scenario.class);
    /** Step → its event; lifecycle steps → the state they lead to (side steps keep the state). */
    private static final Map<PetitionAction, Class<?>> EVENT = new EnumMap<>(PetitionAction.class);
    private static final Map<PetitionAction, PetitionState> LEADS_TO = new EnumMap<>(PetitionAction.class);

    static {
        ALLOWED.put(Scenario.RECEIVED, "REGISTER INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.REGISTERED, "ASSIGN TRANSFER NOT_ACCEPT INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.ASSIGNED, "COMPLETE EXTEND INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.ASSIGNED_EXTENDED, "COMPLETE INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.TRANSFERRED, "COMPLETE EXTEND INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.TRANSFERRED_EXTENDED, "COMPLETE INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.NOT_ACCEPTED, "ANSWER INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.COMPLETED, "ANSWER INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.COMPLETED_TRANSFERRED, "ANSWER INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.ANSWERED, "RETURN_VISIT REQUEST_REVIEW INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.ANSWERED_NOT_ACCEPTED, "RETURN_VISIT INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.VISITED_SATISFIED, "ARCHIVE INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT");
        ALLOWED.put(Scenario.VISITED_UNSATISFIED, "ARCHIVE REQUEST_REVIEW INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT");
        ALLOWED.put(Scenario.VISITED_UNSATISFIED_TRANSFERRED, "ARCHIVE INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT");
        ALLOWED.put(Scenario.REVIEWED, "COMPLETE EXTEND INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE");
        ALLOWED.put(Scenario.ARCHIVED, "");

        EVENT.put(PetitionAction.REGISTER, PetitionRegistered.class);
        EVENT.put(PetitionAction.INSTRUCT, PetitionInstructed.class);
        EVENT.put(PetitionAction.TAKE_OWNERSHIP, CaseOwnershipTaken.class);
        EVENT.put(PetitionAction.HOLD_APPOINTMENT, AppointmentHeld.class);
        EVENT.put(PetitionAction.ASSIGN, PetitionAssigned.class);
        EVENT.put(PetitionAction.TRANSFER, PetitionTransferred.class);
        EVENT.put(PetitionAction.NOT_ACCEPT, PetitionNotAccepted.class);
        EVENT.put(PetitionAction.SUPERVISE, PetitionSupervised.class);
        EVENT.put(PetitionAction.EXTEND, PetitionDeadlineExtended.class);
        EVENT.put(PetitionAction.COMPLETE, PetitionCompleted.class);
        EVENT.put(PetitionAction.ANSWER, PetitionerAnswered.class);
        EVENT.put(PetitionAction.RETURN_VISIT, ReturnVisitRecorded.class);
        EVENT.put(PetitionAction.REQUEST_REVIEW, ReviewRequested.class);
        EVENT.put(PetitionAction.ARCHIVE, PetitionArchived.class);

        LEADS_TO.put(PetitionAction.REGISTER, PetitionState.REGISTERED);
        LEADS_TO.put(PetitionAction.ASSIGN, PetitionState.ASSIGNED);
        LEADS_TO.put(PetitionAction.TRANSFER, PetitionState.TRANSFERRED);
        LEADS_TO.put(PetitionAction.NOT_ACCEPT, PetitionState.NOT_ACCEPTED);
        LEADS_TO.put(PetitionAction.COMPLETE, PetitionState.COMPLETED);
        LEADS_TO.put(PetitionAction.ANSWER, PetitionState.ANSWERED);
        LEADS_TO.put(PetitionAction.RETURN_VISIT, PetitionState.VISITED);
        LEADS_TO.put(PetitionAction.REQUEST_REVIEW, PetitionState.ASSIGNED);
        LEADS_TO.put(PetitionAction.ARCHIVE, PetitionState.ARCHIVED);
    }

    static Stream<Arguments> everyStageTimesEveryStep() {
        return Arrays.stream(Scenario.values())
                .flatMap(s -> Arrays.stream(PetitionAction.values()).map(a -> Arguments.of(s, a)));
    }

    private static Set<PetitionAction> allowed(Scenario scenario) {
        EnumSet<PetitionAction> set = EnumSet.noneOf(PetitionAction.class);
        Arrays.stream(ALLOWED.get(scenario).split(" ")).filter(s -> !s.isBlank())
                .forEach(s -> set.add(PetitionAction.valueOf(s)));
        return set;
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStageTimesEveryStep")
    void theStateMachine(Scenario scenario, PetitionAction action) {
        Set<PetitionAction> allowed = allowed(scenario);
        var when = fixture().given(scenario.events).when(command(action));
        if (allowed.contains(action)) {
            PetitionState expected = LEADS_TO.getOrDefault(action, scenario.state);
            when.expectSuccessfulHandlerExecution()
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            CoreMatchers.instanceOf(EVENT.get(action)), Matchers.andNoMore())))
                    .expectState(p -> assertThat(p.state()).isEqualTo(expected));
        } else {
            when.expectNoEvents()
                    .expectException(Matchers.predicate((Object e) -> e instanceof IllegalPetitionStep step
                            && step.refused() == action
                            && step.state() == scenario.state
                            && step.allowed().equals(allowed)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStage")
    void thePolicyAnswersTheTableForEachStage(Scenario scenario) {
        fixture().given(scenario.events).when(command(PetitionAction.INSTRUCT)).expectState(p ->
                assertThat(PetitionLifecyclePolicy.allowedActions(p.stage()))
                        // after an instruction (a side step) the stage is unchanged, archived aside
                        .isEqualTo(allowed(scenario)));
    }

    static Stream<Scenario> everyStage() {
        return Arrays.stream(Scenario.values()).filter(s -> s != Scenario.ARCHIVED);
    }
}
