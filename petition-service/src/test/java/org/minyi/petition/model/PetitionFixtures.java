package org.minyi.petition.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.minyi.petition.view.PetitionView;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.county.Deadlines;
import org.minyi.platform.model.BusinessCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Shared given-events and commands of the petition's fixture tests: a letter received on {@link #D0}
 * in township {@link #TOWNSHIP}, each later step one day after the one before, "today" {@link #TODAY}.
 */
final class PetitionFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate D0 = LocalDate.of(2026, 3, 1);
    static final UUID ID = UUID.fromString("6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11");
    static final String TOWNSHIP = "339901101";
    static final String VILLAGE = "339901101201";
    static final String UNIT = "339901101-ZF";
    static final String ACCUSED = "339901101-CJ";
    static final String COUNTY_UNIT = "339901-XFJ";
    static final String OTHER_TOWNSHIP_UNIT = "339901102-ZF";
    /** The aggregate only ever holds petitioners sealed; the fixture needs no real ciphertext. */
    static final SealedPetitioner ONE = new SealedPetitioner(UUID.fromString("0a7a5e4c-1f7e-4a37-8f0e-3b4b8c6a9d01"), "v1:one");
    static final SealedPetitioner TWO = new SealedPetitioner(UUID.fromString("0a7a5e4c-1f7e-4a37-8f0e-3b4b8c6a9d02"), "v1:two");

    static final CountyReference COUNTY = new CountyReference(
            new CountyReference.County("339901", "青溪县", List.of(new CountyReference.Unit(COUNTY_UNIT, "县信访局"))),
            List.of(new CountyReference.Township(TOWNSHIP, "青石镇",
                            List.of(new CountyReference.Village(VILLAGE, "杏花村"),
                                    new CountyReference.Village("339901101202", "桃园村")),
                            List.of(new CountyReference.Unit(UNIT, "镇政府"), new CountyReference.Unit(ACCUSED, "村建办"))),
                    new CountyReference.Township("339901102", "白沙镇", List.of(),
                            List.of(new CountyReference.Unit(OTHER_TOWNSHIP_UNIT, "白沙镇政府")))));

    private PetitionFixtures() {
    }

    static AggregateTestFixture<Petition> fixture() {
        return fixture(COUNTY);
    }

    static AggregateTestFixture<Petition> fixture(CountyReference county) {
        AggregateTestFixture<Petition> fixture = new AggregateTestFixture<>(Petition.class);
        // 2026-03-10 08:00 in Shanghai is still 2026-03-10 00:00 UTC: business dates follow China time.
        fixture.registerInjectableResource(new BusinessCalendar(
                Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE)));
        fixture.registerInjectableResource(county);
        return fixture;
    }

    static CountyReference countyWith(Deadlines.Petitions petitions) {
        return new CountyReference(COUNTY.county(), COUNTY.townships(), new Deadlines(petitions, null), COUNTY.points());
    }

    // ---- facts and events, dated D0, D0+1, ... ----

    static PetitionFacts facts(Category category, List<Flag> flags, String unit, int round) {
        return new PetitionFacts(TOWNSHIP, VILLAGE, D0, category, flags, unit, round);
    }

    static PetitionFacts registeredFacts(String unit) {
        return facts(Category.LAND, List.of(), unit, 1);
    }

    static PetitionReceived received() {
        return received(null);
    }

    static PetitionReceived received(String accusedUnit) {
        return new PetitionReceived(ID, Channel.LETTER, D0, TOWNSHIP, VILLAGE, null, List.of(ONE, TWO), false, "土地纠纷",
                "内容", accusedUnit, D0.plusDays(3), D0.plusDays(15), "demo-clerk", null);
    }

    static PetitionRegistered registered() {
        return new PetitionRegistered(ID, registeredFacts(null), D0.plusDays(1), null, D0.plusDays(3),
                D0.plusDays(15), "demo-clerk", null);
    }

    static PetitionAssigned assigned() {
        return new PetitionAssigned(ID, registeredFacts(UNIT), D0.plusDays(2), D0.plusDays(15), D0.plusDays(62),
                "demo-clerk", null);
    }

    static PetitionDeadlineExtended extended(String unit) {
        return new PetitionDeadlineExtended(ID, registeredFacts(unit), D0.plusDays(3), 10, "情况复杂",
                D0.plusDays(62), D0.plusDays(72), "demo-clerk", null);
    }

    static PetitionTransferred transferred() {
        return new PetitionTransferred(ID, registeredFacts(null), D0.plusDays(2), "县人民法院", D0.plusDays(15),
                D0.plusDays(62), "demo-clerk", null);
    }

    static PetitionNotAccepted notAccepted() {
        return new PetitionNotAccepted(ID, registeredFacts(null), D0.plusDays(2), "已进入诉讼程序", D0.plusDays(15),
                D0.plusDays(17), "demo-clerk", null);
    }

    static PetitionCompleted completed(String unit) {
        return new PetitionCompleted(ID, registeredFacts(unit), D0.plusDays(4), "已解决", D0.plusDays(62),
                D0.plusDays(19), "demo-unit", null);
    }

    static PetitionerAnswered answered(String unit) {
        return new PetitionerAnswered(ID, registeredFacts(unit), D0.plusDays(5), AnswerChannel.WRITTEN, "答复意见",
                D0.plusDays(19), D0.plusDays(35), D0.plusDays(35), "demo-unit", null);
    }

    static ReturnVisitRecorded visited(String unit, Satisfaction satisfaction) {
        return new ReturnVisitRecorded(ID, registeredFacts(unit), D0.plusDays(6), satisfaction, D0.plusDays(35),
                "demo-clerk", null);
    }

    static ReviewRequested reviewRequested() {
        return new ReviewRequested(ID, facts(Category.LAND, List.of(), UNIT, 2), D0.plusDays(7), "仍不满意",
                D0.plusDays(35), D0.plusDays(67), "demo-clerk", null);
    }

    static PetitionArchived archived(String unit) {
        return new PetitionArchived(ID, registeredFacts(unit), D0.plusDays(7), "demo-clerk", null);
    }

    /** A view of a registered petition in the township, for the access and masking policies. */
    static PetitionView view(String township, String accusedUnit, String assignedUnit, List<SealedPetitioner> petitioners) {
        PetitionState state = assignedUnit == null ? PetitionState.REGISTERED : PetitionState.ASSIGNED;
        return new PetitionView(UUID.randomUUID(), township, null, Channel.LETTER, D0, state, null,
                petitioners.size(), false, "举报", null, accusedUnit, assignedUnit, petitioners, Category.OTHER,
                List.of(), null, null, 1, false, null, PetitionLifecyclePolicy.dueStep(state), null,
                new StepDeadlines(null, null, null, null, null, null), 0, List.of());
    }

    /** The events that bring a petition to one stage of its life. */
    enum Scenario {
        RECEIVED(PetitionState.RECEIVED),
        REGISTERED(PetitionState.REGISTERED, registered()),
        ASSIGNED(PetitionState.ASSIGNED, registered(), assigned()),
        ASSIGNED_EXTENDED(PetitionState.ASSIGNED, registered(), assigned(), extended(UNIT)),
        TRANSFERRED(PetitionState.TRANSFERRED, registered(), transferred()),
        TRANSFERRED_EXTENDED(PetitionState.TRANSFERRED, registered(), transferred(), extended(null)),
        NOT_ACCEPTED(PetitionState.NOT_ACCEPTED, registered(), notAccepted()),
        COMPLETED(PetitionState.COMPLETED, registered(), assigned(), completed(UNIT)),
        COMPLETED_TRANSFERRED(PetitionState.COMPLETED, registered(), transferred(), completed(null)),
        ANSWERED(PetitionState.ANSWERED, registered(), assigned(), completed(UNIT), answered(UNIT)),
        ANSWERED_NOT_ACCEPTED(PetitionState.ANSWERED, registered(), notAccepted(), answered(null)),
        VISITED_SATISFIED(PetitionState.VISITED, registered(), assigned(), completed(UNIT), answered(UNIT),
                visited(UNIT, Satisfaction.SATISFIED)),
        VISITED_UNSATISFIED(PetitionState.VISITED, registered(), assigned(), completed(UNIT), answered(UNIT),
                visited(UNIT, Satisfaction.UNSATISFIED)),
        VISITED_UNSATISFIED_TRANSFERRED(PetitionState.VISITED, registered(), transferred(), completed(null),
                answered(null), visited(null, Satisfaction.UNSATISFIED)),
        REVIEWED(PetitionState.ASSIGNED, registered(), assigned(), completed(UNIT), answered(UNIT),
                visited(UNIT, Satisfaction.UNSATISFIED), reviewRequested()),
        ARCHIVED(PetitionState.ARCHIVED, registered(), assigned(), completed(UNIT), answered(UNIT),
                visited(UNIT, Satisfaction.SATISFIED), archived(UNIT));

        final PetitionState state;
        final List<Object> events;

        Scenario(PetitionState state, Object... after) {
            this.state = state;
            List<Object> all = new ArrayList<>();
            all.add(received());
            all.addAll(List.of(after));
            this.events = List.copyOf(all);
        }
    }

    /** A valid command for the action, dated today. */
    static Object command(PetitionAction action) {
        return switch (action) {
            case REGISTER -> new RegisterPetition(ID, TODAY, Category.LAND, null, Set.of(), null, null, "demo-clerk", null);
            case INSTRUCT -> new InstructPetition(ID, TODAY, "王主任", "请认真办理", "leader", null);
            case TAKE_OWNERSHIP -> new TakeCaseOwnership(ID, TODAY, "王主任", null, "leader", null);
            case HOLD_APPOINTMENT -> new HoldAppointment(ID, TODAY, "王主任", "在镇信访室约见", "leader", null);
            case ASSIGN -> new AssignPetition(ID, TODAY, UNIT, "demo-clerk", null);
            case TRANSFER -> new TransferPetition(ID, TODAY, "县人民法院", "demo-clerk", null);
            case NOT_ACCEPT -> new NotAcceptPetition(ID, TODAY, "已进入诉讼程序", "demo-clerk", null);
            case SUPERVISE -> new SupervisePetition(ID, TODAY, SupervisionType.URGE, "请加快办理", "demo-clerk", null);
            case EXTEND -> new ExtendPetitionDeadline(ID, TODAY, 10, "情况复杂", "demo-unit", null);
            case COMPLETE -> new CompletePetition(ID, TODAY, "已解决", "demo-unit", null);
            case ANSWER -> new AnswerPetitioner(ID, TODAY, AnswerChannel.WRITTEN, "答复意见", "demo-unit", null);
            case RETURN_VISIT -> new RecordReturnVisit(ID, TODAY, Satisfaction.SATISFIED, "demo-clerk", null);
            case REQUEST_REVIEW -> new RequestReview(ID, TODAY, "对结果不满意", "demo-clerk", null);
            case ARCHIVE -> new ArchivePetition(ID, TODAY, "demo-clerk", null);
        };
    }
}
