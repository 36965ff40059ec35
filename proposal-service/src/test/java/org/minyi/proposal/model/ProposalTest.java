package org.minyi.proposal.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.county.Deadlines;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.proposal.model.ProposalAction.*;

/** The proposal aggregate on Axon's fixture: every transition and refusal, the signer rule, the consultation rule, the round limit. */
class ProposalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final UUID ID = UUID.fromString("5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final String TOWNSHIP = "339901101";
    static final String COUNTY = "339901";
    static final String UNIT = "339901101-ZF";
    static final String CO_UNIT = "339901-JT";
    static final UUID LEAD = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final String BY = "clerk";

    static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 1, 5);
    static final LocalDate REGISTERED_ON = LocalDate.of(2026, 1, 6);
    static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 1, 7);
    static final LocalDate DUE = LocalDate.of(2026, 4, 7);
    static final LocalDate CONSULTED_ON = LocalDate.of(2026, 1, 10);
    static final LocalDate REPLIED_ON = LocalDate.of(2026, 1, 20);
    static final LocalDate EVALUATED_ON = LocalDate.of(2026, 1, 25);
    static final LocalDate PLANNED = LocalDate.of(2026, 6, 30);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(null);
    }

    private static AggregateTestFixture<Proposal> fixture(Integer maxRounds) {
        return fixture(maxRounds, EVERYONE_SERVES);
    }

    private static AggregateTestFixture<Proposal> fixture(Integer maxRounds, ServingDeputies roster) {
        AggregateTestFixture<Proposal> f = new AggregateTestFixture<>(Proposal.class);
        // 2026-03-10 00:00 UTC is 08:00 on 2026-03-10 in Shanghai: business dates follow China time.
        f.registerInjectableResource(new BusinessCalendar(Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE)));
        f.registerInjectableResource(new CountyReference(
                new CountyReference.County(COUNTY, "青溪县", List.of(new CountyReference.Unit(CO_UNIT, "交通运输局"))),
                List.of(new CountyReference.Township(TOWNSHIP, "青石镇", List.of(), List.of(new CountyReference.Unit(UNIT, "青石镇人民政府")))),
                new Deadlines(null, new Deadlines.Proposals(null, null, maxRounds)), null));
        f.registerInjectableResource(roster);
        return f;
    }

    /** The roster: every deputy serves in every congress and lives in the township. */
    static final ServingDeputies EVERYONE_SERVES = roster(Set.of(), TOWNSHIP);

    /** A roster where everyone serves but the given deputies, every deputy living in {@code home}. */
    static ServingDeputies roster(Set<UUID> notServing, String home) {
        return new ServingDeputies() {
            @Override
            public Set<UUID> servingIn(String congressCode, Collection<UUID> deputyIds) {
                return deputyIds.stream().filter(d -> !notServing.contains(d)).collect(Collectors.toSet());
            }

            @Override
            public Optional<KnownDeputy> find(UUID deputyId) {
                return Optional.of(new KnownDeputy(deputyId, "代表", home));
            }

            @Override
            public Map<UUID, KnownDeputy> find(Collection<UUID> deputyIds) {
                return Map.of();
            }
        };
    }


    // --- histories

    static List<UUID> coSigners(int n) {
        return IntStream.rangeClosed(2, n + 1).mapToObj(i -> UUID.fromString("00000000-0000-4000-8000-%012d".formatted(i))).toList();
    }

    static ProposalSubmitted submitted(ProposalKind kind) {
        return new ProposalSubmitted(ID, kind, TOWNSHIP, TOWNSHIP, "18-3", SUBMITTED_ON, LEAD, coSigners(4), "修缮村道",
                "村道破损严重", ProposalCategory.URBAN_RURAL_CONSTRUCTION, BY, null);
    }

    static ProposalAssigned assigned() {
        return new ProposalAssigned(ID, TOWNSHIP, TOWNSHIP, ASSIGNED_ON, UNIT, List.of(CO_UNIT), "张副镇长", "李干事", false,
                DUE, 1, BY, null);
    }

    static ProposalConsultationHeld consulted(int round, LocalDate on) {
        return new ProposalConsultationHeld(ID, TOWNSHIP, TOWNSHIP, round, on, ConsultationForm.FACE_TO_FACE,
                List.of("王代表", "李干事"), BY, "unit:" + UNIT);
    }

    static ProposalReplied replied(int round, LocalDate on, ReplyClass replyClass, LocalDate due) {
        return new ProposalReplied(ID, TOWNSHIP, TOWNSHIP, round, on, replyClass, "答复正文",
                replyClass == ReplyClass.B ? PLANNED : null, true, due, BY, "unit:" + UNIT);
    }

    static ProposalEvaluated evaluated(int round, LocalDate on, EvaluationResult result) {
        return new ProposalEvaluated(ID, TOWNSHIP, TOWNSHIP, round, on, result, null, BY, "deputy:" + LEAD);
    }

    static ProposalRehandlingStarted rehandling(int round, LocalDate on) {
        return new ProposalRehandlingStarted(ID, TOWNSHIP, TOWNSHIP, round, on, on.plusMonths(3), BY, "deputy:" + LEAD);
    }

    /** Events that bring a motion to the state, the replies being class B. */
    static List<Object> history(ProposalState state) {
        List<Object> h = new ArrayList<>();
        h.add(submitted(ProposalKind.MOTION));
        if (state == ProposalState.SUBMITTED) {
            return h;
        }
        if (state == ProposalState.REJECTED) {
            h.add(new ProposalRejected(ID, TOWNSHIP, TOWNSHIP, REGISTERED_ON, "不符合要求", BY, null));
            return h;
        }
        h.add(new ProposalRegistered(ID, TOWNSHIP, TOWNSHIP, REGISTERED_ON, BY, null));
        if (state == ProposalState.REGISTERED) {
            return h;
        }
        h.add(assigned());
        if (state == ProposalState.ASSIGNED) {
            return h;
        }
        h.add(consulted(1, CONSULTED_ON));
        if (state == ProposalState.CONSULTED) {
            return h;
        }
        h.add(replied(1, REPLIED_ON, ReplyClass.B, DUE));
        if (state == ProposalState.REPLIED) {
            return h;
        }
        if (state == ProposalState.CLOSED) {
            h.add(evaluated(1, EVALUATED_ON, EvaluationResult.BASICALLY_SATISFIED));
            h.add(new ProposalClosed(ID, TOWNSHIP, TOWNSHIP, 1, EVALUATED_ON, false, null, BY, "deputy:" + LEAD));
            return h;
        }
        h.add(evaluated(1, EVALUATED_ON, EvaluationResult.UNSATISFIED));
        h.add(rehandling(2, EVALUATED_ON));
        if (state == ProposalState.REHANDLING) {
            return h;
        }
        // EVALUATED: unsatisfied in the last of 3 rounds, waiting for the presidium.
        h.add(consulted(2, EVALUATED_ON.plusDays(1)));
        h.add(replied(2, EVALUATED_ON.plusDays(2), ReplyClass.B, EVALUATED_ON.plusMonths(3)));
        h.add(evaluated(2, EVALUATED_ON.plusDays(3), EvaluationResult.UNSATISFIED));
        h.add(rehandling(3, EVALUATED_ON.plusDays(3)));
        h.add(consulted(3, EVALUATED_ON.plusDays(4)));
        h.add(replied(3, EVALUATED_ON.plusDays(5), ReplyClass.B, EVALUATED_ON.plusDays(3).plusMonths(3)));
        h.add(evaluated(3, EVALUATED_ON.plusDays(6), EvaluationResult.UNSATISFIED));
        return h;
    }

    /** A valid command for each action, dated today. */
    static Object command(ProposalAction action) {
        return switch (action) {
            case REGISTER -> new RegisterProposal(ID, TODAY, BY, null);
            case REJECT -> new RejectProposal(ID, TODAY, "不符合议案要求", BY, null);
            case CONVERT -> new ConvertToSuggestion(ID, TODAY, "联名人数不足", BY, null);
            case ASSIGN -> new AssignProposal(ID, TODAY, UNIT, List.of(CO_UNIT), "张副镇长", "李干事", false, BY, null);
            case CONSULT -> new RecordConsultation(ID, TODAY, ConsultationForm.PHONE, List.of("王代表"), BY, null);
            case WAIVE_CONSULTATION -> new WaiveConsultation(ID, TODAY, "代表表示无需面商", BY, null);
            case REPLY -> new ReplyToProposal(ID, TODAY, ReplyClass.A, "已解决", null, BY, null);
            case EVALUATE -> new EvaluateReply(ID, TODAY, EvaluationResult.SATISFIED, null, BY, null);
            case CLOSE -> new CloseProposal(ID, TODAY, "经主席团研究予以办结", BY, null);
            case DEFER -> new DeferProposal(ID, TODAY, TODAY.plusMonths(2), "分期实施", BY, null);
            case ESCALATE -> new EscalateProposal(ID, TODAY, EscalationLevel.COUNTY, "需县级统筹", BY, null);
            case RECORD_IMPLEMENTATION -> new RecordImplementation(ID, TODAY, true, BY, null);
            case SUPERVISE -> new RecordSupervision(ID, TODAY, SupervisionType.PROGRESS_REPORT, "进展顺利", BY, null);
        };
    }

    /** The state machine, written out here independently of ProposalLifecycle. */
    static final Map<ProposalState, Set<ProposalAction>> ALLOWED = Map.of(
            ProposalState.SUBMITTED, EnumSet.of(REGISTER, REJECT, CONVERT),
            ProposalState.REGISTERED, EnumSet.of(ASSIGN, CONVERT, ESCALATE),
            ProposalState.REJECTED, EnumSet.noneOf(ProposalAction.class),
            ProposalState.ASSIGNED, EnumSet.of(CONSULT, WAIVE_CONSULTATION, DEFER, ESCALATE, SUPERVISE),
            ProposalState.CONSULTED, EnumSet.of(CONSULT, REPLY, DEFER, ESCALATE, SUPERVISE),
            ProposalState.REPLIED, EnumSet.of(EVALUATE, SUPERVISE, RECORD_IMPLEMENTATION),
            ProposalState.EVALUATED, EnumSet.of(CLOSE, SUPERVISE, RECORD_IMPLEMENTATION),
            ProposalState.REHANDLING, EnumSet.of(CONSULT, WAIVE_CONSULTATION, DEFER, ESCALATE, SUPERVISE, RECORD_IMPLEMENTATION),
            ProposalState.CLOSED, EnumSet.of(SUPERVISE, RECORD_IMPLEMENTATION));

    /** What state each action leads to from each state where it is allowed (the table's successful cells). */
    static ProposalState after(ProposalState from, ProposalAction action) {
        return switch (action) {
            case REGISTER -> ProposalState.REGISTERED;
            case REJECT -> ProposalState.REJECTED;
            case ASSIGN -> ProposalState.ASSIGNED;
            case CONSULT, WAIVE_CONSULTATION -> ProposalState.CONSULTED;
            case REPLY -> ProposalState.REPLIED;
            case EVALUATE, CLOSE -> ProposalState.CLOSED;
            case CONVERT, DEFER, ESCALATE, RECORD_IMPLEMENTATION, SUPERVISE -> from;
        };
    }

    static Stream<Arguments> stateByAction() {
        return Arrays.stream(ProposalState.values())
                .flatMap(s -> Arrays.stream(ProposalAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("stateByAction")
    void everyStateAllowsExactlyItsStepsAndRefusesTheRestWith409Details(ProposalState state, ProposalAction action) {
        var when = fixture.given(history(state)).when(command(action));
        if (ALLOWED.get(state).contains(action)) {
            when.expectSuccessfulHandlerExecution()
                    .expectState(p -> assertThat(p.state()).isEqualTo(after(state, action)));
        } else {
            when.expectException(illegalStep(state, ALLOWED.get(state))).expectNoEvents();
        }
    }

    static Matcher<IllegalProposalStep> illegalStep(ProposalState state, Set<ProposalAction> allowed) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(IllegalProposalStep e) {
                return e.currentState().equals(state.name()) && Set.copyOf(e.allowedActions()).equals(names(allowed))
                        && e.messageZh() != null && e.messageEn() != null;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("illegal step in " + state + " allowing " + allowed);
            }
        };
    }

    static Set<String> names(Set<ProposalAction> actions) {
        return actions.stream().map(Enum::name).collect(Collectors.toSet());
    }

    // --- submission and the co-signer rule

    @Nested
    class Submission {

        SubmitProposal submit(ProposalKind kind, String congress, int coSignerCount) {
            return new SubmitProposal(ID, kind, congress, null, TODAY, LEAD, coSigners(coSignerCount), " 修缮村道 ",
                    "正文", ProposalCategory.URBAN_RURAL_CONSTRUCTION, BY, null);
        }

        @Test
        void aTownshipMotionWithFiveSignersIsSubmitted() {
            fixture.givenNoPriorActivity().when(submit(ProposalKind.MOTION, TOWNSHIP, 4))
                    .expectEvents(new ProposalSubmitted(ID, ProposalKind.MOTION, TOWNSHIP, TOWNSHIP, null, TODAY, LEAD,
                            coSigners(4), "修缮村道", "正文", ProposalCategory.URBAN_RURAL_CONSTRUCTION, BY, null))
                    .expectState(p -> {
                        assertThat(p.state()).isEqualTo(ProposalState.SUBMITTED);
                        assertThat(p.round()).isEqualTo(1);
                    });
        }

        @Test
        void aTownshipMotionWithFourSignersIsRefused() {
            fixture.givenNoPriorActivity().when(submit(ProposalKind.MOTION, TOWNSHIP, 3))
                    .expectException(field("coSignerIds")).expectNoEvents();
        }

        @Test
        void aCountyMotionNeedsTenSigners() {
            fixture.givenNoPriorActivity().when(submit(ProposalKind.MOTION, COUNTY, 8))
                    .expectException(field("coSignerIds")).expectNoEvents();
            fixture(null).givenNoPriorActivity().when(submit(ProposalKind.MOTION, COUNTY, 9))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aSuggestionMayComeFromOneDeputyAtEitherLevel() {
            fixture.givenNoPriorActivity().when(submit(ProposalKind.SUGGESTION, TOWNSHIP, 0)).expectSuccessfulHandlerExecution();
            fixture(null).givenNoPriorActivity().when(submit(ProposalKind.SUGGESTION, COUNTY, 0)).expectSuccessfulHandlerExecution();
        }

        @Test
        void aSignerCountsOnce() {
            List<UUID> twice = new ArrayList<>(coSigners(3));
            twice.add(coSigners(1).get(0));
            fixture.givenNoPriorActivity().when(new SubmitProposal(ID, ProposalKind.MOTION, TOWNSHIP, null, TODAY,
                            LEAD, twice, "t", null, ProposalCategory.OTHER, BY, null))
                    .expectException(field("coSignerIds[3]")).expectNoEvents();
            fixture(null).givenNoPriorActivity().when(new SubmitProposal(ID, ProposalKind.MOTION, TOWNSHIP, null,
                            TODAY, LEAD, List.of(LEAD, coSigners(1).get(0), coSigners(2).get(1), coSigners(3).get(2), coSigners(4).get(3)),
                            "t", null, ProposalCategory.OTHER, BY, null))
                    .expectException(field("coSignerIds[0]")).expectNoEvents();
        }

        @Test
        void everySignerServesInTheCongressOfThisCounty() {
            List<UUID> coSigners = coSigners(4);
            fixture(null, roster(Set.of(coSigners.get(1), coSigners.get(3)), TOWNSHIP)).givenNoPriorActivity()
                    .when(submit(ProposalKind.MOTION, TOWNSHIP, 4))
                    .expectException(unknown("coSignerIds[1]", "coSignerIds[3]")).expectNoEvents();
            fixture(null, roster(Set.of(LEAD), TOWNSHIP)).givenNoPriorActivity()
                    .when(submit(ProposalKind.SUGGESTION, TOWNSHIP, 0))
                    .expectException(unknown("leadDeputyId")).expectNoEvents();
            fixture.givenNoPriorActivity().when(submit(ProposalKind.SUGGESTION, "339901999", 0))
                    .expectException(unknown("congressCode")).expectNoEvents();
        }

        @Test
        void aCountyCongressItemBelongsToTheLeadDeputysHomeTownship() {
            fixture.givenNoPriorActivity().when(submit(ProposalKind.SUGGESTION, COUNTY, 0))
                    .expectEvents(new ProposalSubmitted(ID, ProposalKind.SUGGESTION, COUNTY, TOWNSHIP, null, TODAY, LEAD,
                            List.of(), "修缮村道", "正文", ProposalCategory.URBAN_RURAL_CONSTRUCTION, BY, null));
            fixture(null, roster(Set.of(), "339901999")).givenNoPriorActivity().when(submit(ProposalKind.SUGGESTION, COUNTY, 0))
                    .expectException(unknown("leadDeputyId")).expectNoEvents();
        }

        @Test
        void badInputIsNamed() {
            fixture.givenNoPriorActivity().when(new SubmitProposal(ID, ProposalKind.SUGGESTION, "33990", null,
                    TODAY, LEAD, List.of(), "t", null, ProposalCategory.OTHER, BY, null)).expectException(field("congressCode"));
            fixture(null).givenNoPriorActivity().when(new SubmitProposal(ID, ProposalKind.SUGGESTION, TOWNSHIP, null,
                    TODAY.plusDays(1), LEAD, List.of(), "t", null, ProposalCategory.OTHER, BY, null)).expectException(field("submittedOn"));
            fixture(null).givenNoPriorActivity().when(new SubmitProposal(ID, ProposalKind.SUGGESTION, TOWNSHIP, "第 1 次",
                    TODAY, LEAD, List.of(), "t", null, ProposalCategory.OTHER, BY, null)).expectException(field("sessionId"));
            fixture(null).givenNoPriorActivity().when(new SubmitProposal(ID, ProposalKind.SUGGESTION, TOWNSHIP, null,
                    TODAY, LEAD, List.of(), " ", null, ProposalCategory.OTHER, BY, null)).expectException(field("title"));
        }
    }

    // --- the steps and their events

    @Test
    void registeringAndRejecting() {
        fixture.given(submitted(ProposalKind.MOTION)).when(new RegisterProposal(ID, TODAY, BY, null))
                .expectEvents(new ProposalRegistered(ID, TOWNSHIP, TOWNSHIP, TODAY, BY, null));
        fixture.given(submitted(ProposalKind.MOTION)).when(new RejectProposal(ID, TODAY, " 不符合要求 ", BY, null))
                .expectEvents(new ProposalRejected(ID, TOWNSHIP, TOWNSHIP, TODAY, "不符合要求", BY, null));
        fixture.given(submitted(ProposalKind.MOTION)).when(new RejectProposal(ID, TODAY, "", BY, null))
                .expectException(field("reason")).expectNoEvents();
    }

    @Test
    void aMotionIsConvertedToASuggestionOnce() {
        fixture.given(submitted(ProposalKind.MOTION)).when(new ConvertToSuggestion(ID, TODAY, "不足法定人数", BY, null))
                .expectEvents(new ProposalConverted(ID, TOWNSHIP, TOWNSHIP, TODAY, "不足法定人数", BY, null))
                .expectState(p -> assertThat(p.kind()).isEqualTo(ProposalKind.SUGGESTION));
        fixture.given(submitted(ProposalKind.SUGGESTION)).when(new ConvertToSuggestion(ID, TODAY, null, BY, null))
                .expectException(illegalStep(ProposalState.SUBMITTED, EnumSet.of(REGISTER, REJECT))).expectNoEvents();
    }

    @Test
    void assignmentComputesTheReplyDeadlineThreeMonthsOrSixWhenComplex() {
        fixture.given(history(ProposalState.REGISTERED))
                .when(new AssignProposal(ID, TODAY, UNIT, List.of(CO_UNIT), "张副镇长", "李干事", false, BY, null))
                .expectEvents(new ProposalAssigned(ID, TOWNSHIP, TOWNSHIP, TODAY, UNIT, List.of(CO_UNIT), "张副镇长", "李干事",
                        false, LocalDate.of(2026, 6, 10), 1, BY, null));
        fixture.given(history(ProposalState.REGISTERED))
                .when(new AssignProposal(ID, TODAY, UNIT, List.of(), "张副镇长", "李干事", true, BY, null))
                .expectState(p -> assertThat(p.replyDueOn()).isEqualTo(LocalDate.of(2026, 9, 10)));
    }

    @Test
    void theReplyDeadlineIsInCalendarMonths() {
        Deadlines.Proposals defaults = new Deadlines.Proposals(null, null, null);
        assertThat(ReplyDeadlinePolicy.replyDue(LocalDate.of(2026, 11, 30), false, defaults)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ReplyDeadlinePolicy.replyDue(LocalDate.of(2026, 1, 31), true, defaults)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(ReplyDeadlinePolicy.replyDue(LocalDate.of(2026, 1, 31), false, new Deadlines.Proposals(2, null, null)))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReplyDeadlinePolicy.overdue(ProposalState.ASSIGNED, DUE, DUE)).isFalse();
        assertThat(ReplyDeadlinePolicy.overdue(ProposalState.ASSIGNED, DUE, DUE.plusDays(1))).isTrue();
        assertThat(ReplyDeadlinePolicy.overdue(ProposalState.REPLIED, DUE, DUE.plusDays(1))).isFalse();
    }

    @Test
    void assignmentNamesEveryUnitTheCountyDoesNotHave() {
        fixture.given(history(ProposalState.REGISTERED))
                .when(new AssignProposal(ID, TODAY, "339901101-XX", List.of(CO_UNIT, "339901-NONE"), "张副镇长", "李干事", false, BY, null))
                .expectException(unknown("leadUnitCode", "coUnitCodes[1]")).expectNoEvents();
    }

    @Test
    void assignmentNeedsTheThreeInPlaceAndDistinctUnits() {
        fixture.given(history(ProposalState.REGISTERED))
                .when(new AssignProposal(ID, TODAY, UNIT, List.of(UNIT), "张副镇长", "李干事", false, BY, null))
                .expectException(field("coUnitCodes[0]")).expectNoEvents();
        fixture.given(history(ProposalState.REGISTERED))
                .when(new AssignProposal(ID, TODAY, UNIT, List.of(), " ", "李干事", false, BY, null))
                .expectException(field("responsibleLeader")).expectNoEvents();
        fixture.given(history(ProposalState.REGISTERED))
                .when(new AssignProposal(ID, TODAY, UNIT, List.of(), "张副镇长", null, false, BY, null))
                .expectException(field("handler")).expectNoEvents();
    }

    // --- the consultation rule, in every round

    @ParameterizedTest(name = "round {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3})
    void noReplyWithoutAConsultationOrAWaiverInTheRound(int round) {
        List<Object> h = roundStarted(round);
        fixture.given(h).when(new ReplyToProposal(ID, TODAY, ReplyClass.A, "已解决", null, BY, null))
                .expectException(new TypeSafeMatcher<IllegalProposalStep>() {
                    @Override
                    protected boolean matchesSafely(IllegalProposalStep e) {
                        return e.action().equals(REPLY.name()) && e.allowedActions().contains(CONSULT.name())
                                && e.allowedActions().contains(WAIVE_CONSULTATION.name()) && e.messageEn().contains("consultation");
                    }

                    @Override
                    public void describeTo(Description d) {
                        d.appendText("the consultation rule");
                    }
                }).expectNoEvents();

        List<Object> consultedFirst = new ArrayList<>(h);
        consultedFirst.add(consulted(round, TODAY));
        fixture.given(consultedFirst).when(new ReplyToProposal(ID, TODAY, ReplyClass.A, "已解决", null, BY, null))
                .expectEvents(new ProposalReplied(ID, TOWNSHIP, TOWNSHIP, round, TODAY, ReplyClass.A, "已解决", null, true,
                        dueOfRound(round), BY, null));

        List<Object> waivedFirst = new ArrayList<>(h);
        waivedFirst.add(new ProposalConsultationWaived(ID, TOWNSHIP, TOWNSHIP, round, TODAY, null, BY, null));
        fixture.given(waivedFirst).when(new ReplyToProposal(ID, TODAY, ReplyClass.C, "受条件限制暂不能解决", null, BY, null))
                .expectEvents(new ProposalReplied(ID, TOWNSHIP, TOWNSHIP, round, TODAY, ReplyClass.C, "受条件限制暂不能解决", null,
                        false, dueOfRound(round), BY, null));
    }

    /** Events up to the start of a round: round 1 just assigned, later rounds just re-opened by an unsatisfied evaluation. */
    static List<Object> roundStarted(int round) {
        List<Object> h = new ArrayList<>(history(ProposalState.ASSIGNED));
        LocalDate day = ASSIGNED_ON;
        for (int r = 1; r < round; r++) {
            h.add(consulted(r, day.plusDays(1)));
            h.add(replied(r, day.plusDays(2), ReplyClass.C, r == 1 ? DUE : day.plusMonths(3)));
            h.add(evaluated(r, day.plusDays(3), EvaluationResult.UNSATISFIED));
            day = day.plusDays(3);
            h.add(rehandling(r + 1, day));
        }
        return h;
    }

    static LocalDate dueOfRound(int round) {
        return round == 1 ? DUE : ASSIGNED_ON.plusDays(3L * (round - 1)).plusMonths(3);
    }

    @Test
    void aConsultationRecordsTheRound() {
        fixture.given(roundStarted(2)).when(new RecordConsultation(ID, TODAY, ConsultationForm.SITE_VISIT, List.of(" 王代表 "), BY, null))
                .expectEvents(new ProposalConsultationHeld(ID, TOWNSHIP, TOWNSHIP, 2, TODAY, ConsultationForm.SITE_VISIT,
                        List.of("王代表"), BY, null));
        fixture.given(roundStarted(1)).when(new RecordConsultation(ID, TODAY, ConsultationForm.PHONE, List.of(), BY, null))
                .expectException(field("attendees")).expectNoEvents();
    }

    // --- replies

    @Test
    void aClassBReplyNeedsAPlannedCompletionDateAndOnlyItHasOne() {
        List<Object> h = history(ProposalState.CONSULTED);
        fixture.given(h).when(new ReplyToProposal(ID, TODAY, ReplyClass.B, "列入明年计划", null, BY, null))
                .expectException(field("plannedCompletionOn")).expectNoEvents();
        fixture.given(h).when(new ReplyToProposal(ID, TODAY, ReplyClass.B, "列入明年计划", TODAY.minusDays(1), BY, null))
                .expectException(field("plannedCompletionOn")).expectNoEvents();
        fixture.given(h).when(new ReplyToProposal(ID, TODAY, ReplyClass.A, "已解决", PLANNED, BY, null))
                .expectException(field("plannedCompletionOn")).expectNoEvents();
        fixture.given(h).when(new ReplyToProposal(ID, TODAY, ReplyClass.C, " ", null, BY, null))
                .expectException(field("text")).expectNoEvents();
        fixture.given(h).when(new ReplyToProposal(ID, TODAY, ReplyClass.B, "列入明年计划", PLANNED, BY, null))
                .expectEvents(new ProposalReplied(ID, TOWNSHIP, TOWNSHIP, 1, TODAY, ReplyClass.B, "列入明年计划", PLANNED, true,
                        DUE, BY, null));
    }

    // --- evaluation, re-handling and the round limit

    @ParameterizedTest
    @EnumSource(value = EvaluationResult.class, names = {"SATISFIED", "BASICALLY_SATISFIED"})
    void aSatisfiedEvaluationClosesTheItem(EvaluationResult result) {
        fixture.given(history(ProposalState.REPLIED)).when(new EvaluateReply(ID, TODAY, result, "满意", BY, null))
                .expectEvents(new ProposalEvaluated(ID, TOWNSHIP, TOWNSHIP, 1, TODAY, result, "满意", BY, null),
                        new ProposalClosed(ID, TOWNSHIP, TOWNSHIP, 1, TODAY, false, null, BY, null))
                .expectState(p -> assertThat(p.state()).isEqualTo(ProposalState.CLOSED));
    }

    @Test
    void anUnsatisfiedEvaluationStartsTheNextRoundWithItsOwnDeadline() {
        fixture.given(history(ProposalState.REPLIED)).when(new EvaluateReply(ID, TODAY, EvaluationResult.UNSATISFIED, null, BY, null))
                .expectEvents(new ProposalEvaluated(ID, TOWNSHIP, TOWNSHIP, 1, TODAY, EvaluationResult.UNSATISFIED, null, BY, null),
                        new ProposalRehandlingStarted(ID, TOWNSHIP, TOWNSHIP, 2, TODAY, LocalDate.of(2026, 6, 10), BY, null))
                .expectState(p -> {
                    assertThat(p.state()).isEqualTo(ProposalState.REHANDLING);
                    assertThat(p.round()).isEqualTo(2);
                    assertThat(p.replyDueOn()).isEqualTo(LocalDate.of(2026, 6, 10));
                });
    }

    @Test
    void unsatisfiedInTheLastRoundStartsNoNewRoundAndOnlyThePresidiumClosesIt() {
        List<Object> lastRound = new ArrayList<>(roundStarted(3));
        lastRound.add(consulted(3, TODAY));
        lastRound.add(replied(3, TODAY, ReplyClass.C, dueOfRound(3)));
        fixture.given(lastRound).when(new EvaluateReply(ID, TODAY, EvaluationResult.UNSATISFIED, null, BY, null))
                .expectEvents(new ProposalEvaluated(ID, TOWNSHIP, TOWNSHIP, 3, TODAY, EvaluationResult.UNSATISFIED, null, BY, null))
                .expectState(p -> {
                    assertThat(p.state()).isEqualTo(ProposalState.EVALUATED);
                    assertThat(p.round()).isEqualTo(3);
                });

        List<Object> exhausted = new ArrayList<>(lastRound);
        exhausted.add(evaluated(3, TODAY, EvaluationResult.UNSATISFIED));
        fixture.given(exhausted).when(new RecordConsultation(ID, TODAY, ConsultationForm.PHONE, List.of("王代表"), BY, null))
                .expectException(illegalStep(ProposalState.EVALUATED, EnumSet.of(CLOSE, SUPERVISE))).expectNoEvents();
        fixture.given(exhausted).when(new CloseProposal(ID, TODAY, "", BY, null))
                .expectException(field("note")).expectNoEvents();
        fixture.given(exhausted).when(new CloseProposal(ID, TODAY, "经主席团研究予以办结", BY, null))
                .expectEvents(new ProposalClosed(ID, TOWNSHIP, TOWNSHIP, 3, TODAY, true, "经主席团研究予以办结", BY, null));
    }

    @Test
    void theRoundLimitComesFromTheDeploymentFile() {
        List<Object> secondRound = new ArrayList<>(roundStarted(2));
        secondRound.add(consulted(2, TODAY));
        secondRound.add(replied(2, TODAY, ReplyClass.C, dueOfRound(2)));
        fixture(2).given(secondRound).when(new EvaluateReply(ID, TODAY, EvaluationResult.UNSATISFIED, null, BY, null))
                .expectEvents(new ProposalEvaluated(ID, TOWNSHIP, TOWNSHIP, 2, TODAY, EvaluationResult.UNSATISFIED, null, BY, null))
                .expectState(p -> assertThat(p.state()).isEqualTo(ProposalState.EVALUATED));
        fixture(4).given(roundStarted(3)).when(new RecordConsultation(ID, TODAY, ConsultationForm.PHONE, List.of("王代表"), BY, null))
                .expectSuccessfulHandlerExecution();
        List<Object> thirdRound = new ArrayList<>(roundStarted(3));
        thirdRound.add(consulted(3, TODAY));
        thirdRound.add(replied(3, TODAY, ReplyClass.C, dueOfRound(3)));
        fixture(4).given(thirdRound).when(new EvaluateReply(ID, TODAY, EvaluationResult.UNSATISFIED, null, BY, null))
                .expectState(p -> assertThat(p.round()).isEqualTo(4));
    }

    // --- deferral, escalation, implementation, supervision

    @Test
    void aDeferralRecordsALatestDateAfterItAndTheMeasures() {
        fixture.given(history(ProposalState.ASSIGNED)).when(new DeferProposal(ID, TODAY, TODAY, "分期实施", BY, null))
                .expectException(field("latestOn")).expectNoEvents();
        fixture.given(history(ProposalState.ASSIGNED)).when(new DeferProposal(ID, TODAY, TODAY.plusMonths(2), " ", BY, null))
                .expectException(field("measures")).expectNoEvents();
        fixture.given(history(ProposalState.ASSIGNED)).when(new DeferProposal(ID, TODAY, TODAY.plusMonths(2), "分期实施", BY, null))
                .expectEvents(new ProposalDeferred(ID, TOWNSHIP, TOWNSHIP, 1, TODAY, TODAY.plusMonths(2), "分期实施", BY, null));
    }

    @Test
    void escalationGoesAboveTheCongress() {
        fixture.given(history(ProposalState.REGISTERED)).when(new EscalateProposal(ID, TODAY, EscalationLevel.COUNTY, "需县级统筹", BY, null))
                .expectEvents(new ProposalEscalated(ID, TOWNSHIP, TOWNSHIP, TODAY, EscalationLevel.COUNTY, "需县级统筹", BY, null));
        ProposalSubmitted county = new ProposalSubmitted(ID, ProposalKind.SUGGESTION, COUNTY, TOWNSHIP, null, SUBMITTED_ON,
                LEAD, List.of(), "t", null, ProposalCategory.OTHER, BY, null);
        fixture.given(county, new ProposalRegistered(ID, COUNTY, TOWNSHIP, REGISTERED_ON, BY, null))
                .when(new EscalateProposal(ID, TODAY, EscalationLevel.COUNTY, null, BY, null))
                .expectException(field("toLevel")).expectNoEvents();
    }

    @Test
    void implementationIsRecordedOnlyForAClassBReplyAndAlsoAfterClosing() {
        fixture.given(history(ProposalState.CLOSED)).when(new RecordImplementation(ID, TODAY, true, BY, null))
                .expectEvents(new ProposalImplementationRecorded(ID, TOWNSHIP, TOWNSHIP, TODAY, true, BY, null));
        List<Object> classA = new ArrayList<>(history(ProposalState.CONSULTED));
        classA.add(replied(1, REPLIED_ON, ReplyClass.A, DUE));
        fixture.given(classA).when(new RecordImplementation(ID, TODAY, true, BY, null))
                .expectException(illegalStep(ProposalState.REPLIED, EnumSet.of(EVALUATE, SUPERVISE))).expectNoEvents();
    }

    @Test
    void supervisionEntriesOfEachType() {
        for (SupervisionType type : SupervisionType.values()) {
            fixture(null).given(history(ProposalState.CONSULTED)).when(new RecordSupervision(ID, TODAY, type, "记录", BY, null))
                    .expectEvents(new ProposalSupervisionRecorded(ID, TOWNSHIP, TOWNSHIP, TODAY, type, "记录", BY, null));
        }
    }

    // --- business dates

    @Test
    void aStepDatedInTheFutureOrBeforeThePreviousStepIsRefusedNamingTheField() {
        fixture.given(history(ProposalState.SUBMITTED)).when(new RegisterProposal(ID, TODAY.plusDays(1), BY, null))
                .expectException(field("registeredOn")).expectNoEvents();
        fixture.given(history(ProposalState.SUBMITTED)).when(new RegisterProposal(ID, SUBMITTED_ON.minusDays(1), BY, null))
                .expectException(field("registeredOn")).expectNoEvents();
        fixture.given(history(ProposalState.SUBMITTED)).when(new RegisterProposal(ID, SUBMITTED_ON, BY, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(history(ProposalState.CONSULTED)).when(new ReplyToProposal(ID, CONSULTED_ON.minusDays(1), ReplyClass.A, "已解决", null, BY, null))
                .expectException(field("repliedOn")).expectNoEvents();
        fixture.given(history(ProposalState.REPLIED)).when(new EvaluateReply(ID, null, EvaluationResult.SATISFIED, null, BY, null))
                .expectException(field("evaluatedOn")).expectNoEvents();
    }

    static Matcher<UnknownReference> unknown(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(UnknownReference e) {
                return e.references().stream().map(UnknownReference.Reference::field).toList().equals(List.of(fields))
                        && e.references().stream().allMatch(r -> r.messageZh() != null && r.messageEn() != null);
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("unknown references " + List.of(fields));
            }
        };
    }

    static Matcher<RuleViolation> field(String name) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation e) {
                return name.equals(e.field()) && e.messageZh() != null;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a rule violation on " + name);
            }
        };
    }
}
