package org.minyi.petition.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A petition (信访件), event-sourced through its whole lifecycle (docs/domain.md §5). Every step is a command
 * with the caller's business date and an event carrying the facts and deadlines the metrics need. Which
 * step is allowed when is {@link PetitionLifecyclePolicy}'s; the deadlines are {@link PetitionDeadlinePolicy}'s.
 * <p>
 * Dates: a step's date may not be in the future, nor before the date of the lifecycle step it follows
 * (the last one that changed the state; side steps such as an instruction do not move that mark).
 */
@Aggregate
public class Petition {

    @AggregateIdentifier
    private UUID id;
    private PetitionState state;
    private String townshipCode;
    private String villageCode;
    private String accusedUnitCode;
    private LocalDate receivedOn;
    /** Business date of the last step that changed the state: no later step may be dated before it. */
    private LocalDate lastStepOn;
    private Category category;
    private List<Flag> flags = List.of();
    private String unitCode;
    private int round = 1;
    private boolean extensionUsed;
    private Satisfaction lastSatisfaction;
    private LocalDate registrationDeadline;
    private LocalDate dispositionDeadline;
    private LocalDate completionDeadline;
    private LocalDate answerDeadline;
    private LocalDate returnVisitDeadline;
    private LocalDate reviewRequestDeadline;
    /** The petitioners' person ids, and those whose data was erased. */
    private List<UUID> personIds = List.of();
    private final Set<UUID> erased = new HashSet<>();

    protected Petition() {
        // for Axon
    }

    @CommandHandler
    public Petition(ReceivePetition command, BusinessCalendar calendar, CountyReference county) {
        PetitionReferences.requireIntake(county, command.townshipCode(), command.villageCode(),
                command.accusedUnitCode());
        calendar.requireNotFuture("receivedOn", command.receivedOn());
        if (command.petitioners() == null || command.petitioners().isEmpty()) {
            throw new RuleViolation("petitioners", "至少需要一名信访人", "at least one petitioner is required");
        }
        Integer visitors = command.visitors();
        if (command.channel() == Channel.VISIT) {
            // Person-times of a visit: at least the petitioners named.
            visitors = Math.max(visitors == null ? 0 : visitors, command.petitioners().size());
        } else if (visitors != null) {
            throw new RuleViolation("visitors", "只有来访才记录来访人数", "visitors are recorded only for a VISIT");
        }
        PetitionDeadlinePolicy deadlines = deadlines(county);
        apply(new PetitionReceived(command.petitionId(), command.channel(), command.receivedOn(),
                command.townshipCode(), command.villageCode(), visitors, command.petitioners(),
                CollectivePetitionPolicy.isCollective(command.petitioners().size(), visitors),
                command.subject(), command.content(), command.accusedUnitCode(),
                deadlines.registration(command.receivedOn()), deadlines.disposition(command.receivedOn()),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RegisterPetition command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.REGISTER);
        requireStepDate("registeredOn", command.registeredOn(), calendar);
        requireGiven("category", command.category(), "请选择信访类别", "the category is required");
        String village = villageCode;
        if (command.villageCode() != null) {
            PetitionReferences.requireVillage(county, townshipCode, command.villageCode());
            village = command.villageCode();
        }
        EnumSet<Flag> marks = EnumSet.noneOf(Flag.class);
        if (command.flags() != null) {
            marks.addAll(command.flags());
        }
        if (command.repeatOf() != null) {
            requireOriginal(command.repeatOf(), command.originalReceivedOn());
            marks.add(Flag.REPEAT);
        } else if (marks.contains(Flag.REPEAT)) {
            throw new RuleViolation("repeatOf", "重复信访须关联原信访件", "a repeat petition names the original (repeatOf)");
        }
        if (accusedUnitCode != null) {
            marks.add(Flag.COMPLAINT_AGAINST_UNIT);
        }
        apply(new PetitionRegistered(id, new PetitionFacts(townshipCode, village, receivedOn, command.category(),
                List.copyOf(marks), null, round), command.registeredOn(), command.repeatOf(),
                registrationDeadline, dispositionDeadline, command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(InstructPetition command, BusinessCalendar calendar) {
        require(PetitionAction.INSTRUCT);
        requireStepDate("on", command.on(), calendar);
        requireText("leader", command.leader(), "请填写批示领导", "the leader is required");
        requireText("text", command.text(), "请填写批示内容", "the instruction's text is required");
        apply(new PetitionInstructed(id, facts(), command.on(), command.leader().strip(), command.text(),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(TakeCaseOwnership command, BusinessCalendar calendar) {
        require(PetitionAction.TAKE_OWNERSHIP);
        requireStepDate("on", command.on(), calendar);
        requireText("leader", command.leader(), "请填写包案领导", "the leader is required");
        apply(new CaseOwnershipTaken(id, facts(), command.on(), command.leader().strip(), command.note(),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(HoldAppointment command, BusinessCalendar calendar) {
        require(PetitionAction.HOLD_APPOINTMENT);
        requireStepDate("on", command.on(), calendar);
        requireText("leader", command.leader(), "请填写约访领导", "the leader is required");
        apply(new AppointmentHeld(id, facts(), command.on(), command.leader().strip(), command.note(),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AssignPetition command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.ASSIGN);
        requireStepDate("assignedOn", command.assignedOn(), calendar);
        requireText("unitCode", command.unitCode(), "请选择承办单位", "the handling unit is required");
        PetitionReferences.requireHandlingUnit(county, townshipCode, command.unitCode());
        if (command.unitCode().equals(accusedUnitCode)) {
            // 信访工作条例: complaint material is never passed to the accused.
            throw new RuleViolation("unitCode", "检举、控告不得交由被检举、控告的单位办理",
                    "a complaint is not assigned to the unit it accuses");
        }
        apply(new PetitionAssigned(id, new PetitionFacts(townshipCode, villageCode, receivedOn, category, flags,
                command.unitCode(), round), command.assignedOn(), dispositionDeadline,
                deadlines(county).completion(command.assignedOn()), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(TransferPetition command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.TRANSFER);
        requireStepDate("transferredOn", command.transferredOn(), calendar);
        requireText("body", command.body(), "请填写有权处理的机关", "the competent body is required");
        apply(new PetitionTransferred(id, facts(), command.transferredOn(), command.body().strip(),
                dispositionDeadline, deadlines(county).completion(command.transferredOn()), command.recordedBy(),
                command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(NotAcceptPetition command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.NOT_ACCEPT);
        requireStepDate("decidedOn", command.decidedOn(), calendar);
        requireText("reason", command.reason(), "请填写不予受理的理由", "the reason is required");
        apply(new PetitionNotAccepted(id, facts(), command.decidedOn(), command.reason(), dispositionDeadline,
                deadlines(county).answer(command.decidedOn()), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(SupervisePetition command, BusinessCalendar calendar) {
        require(PetitionAction.SUPERVISE);
        requireStepDate("on", command.on(), calendar);
        requireGiven("type", command.type(), "请选择督办方式", "the supervision type is required");
        DueStep step = PetitionLifecyclePolicy.dueStep(state);
        apply(new PetitionSupervised(id, facts(), command.on(), command.type(), step, deadlines().of(step),
                command.note(), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(ExtendPetitionDeadline command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.EXTEND, command.onBehalfOf());
        requireStepDate("on", command.on(), calendar);
        int max = deadlines(county).maxExtensionDays();
        if (command.days() == null || command.days() < 1 || command.days() > max) {
            throw new RuleViolation("days", "延期天数为 1 到 " + max + " 天", "an extension is 1 to " + max + " days");
        }
        requireText("reason", command.reason(), "请填写延期理由", "the reason is required");
        if (command.on().isAfter(completionDeadline)) {
            throw new RuleViolation("on", "办理期限（" + completionDeadline + "）届满后不能再延期",
                    "an extension must be granted by the completion deadline (" + completionDeadline + ")");
        }
        apply(new PetitionDeadlineExtended(id, facts(), command.on(), command.days(), command.reason(),
                completionDeadline, completionDeadline.plusDays(command.days()), command.recordedBy(),
                command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(CompletePetition command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.COMPLETE, command.onBehalfOf());
        requireStepDate("completedOn", command.completedOn(), calendar);
        requireText("result", command.result(), "请填写办理结果", "the result is required");
        apply(new PetitionCompleted(id, facts(), command.completedOn(), command.result(), completionDeadline,
                deadlines(county).answer(command.completedOn()), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AnswerPetitioner command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.ANSWER, command.onBehalfOf());
        requireStepDate("answeredOn", command.answeredOn(), calendar);
        requireGiven("channel", command.channel(), "请选择答复方式", "the answer's channel is required");
        requireText("text", command.text(), "请填写答复内容", "the answer's text is required");
        PetitionDeadlinePolicy deadlines = deadlines(county);
        apply(new PetitionerAnswered(id, facts(), command.answeredOn(), command.channel(), command.text(),
                answerDeadline, deadlines.returnVisit(command.answeredOn()),
                deadlines.reviewRequest(command.answeredOn()), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RecordReturnVisit command, BusinessCalendar calendar) {
        require(PetitionAction.RETURN_VISIT);
        requireStepDate("visitedOn", command.visitedOn(), calendar);
        requireGiven("satisfaction", command.satisfaction(), "请选择满意度", "the satisfaction is required");
        apply(new ReturnVisitRecorded(id, facts(), command.visitedOn(), command.satisfaction(), returnVisitDeadline,
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(RequestReview command, BusinessCalendar calendar, CountyReference county) {
        require(PetitionAction.REQUEST_REVIEW);
        requireStepDate("requestedOn", command.requestedOn(), calendar);
        if (command.requestedOn().isAfter(reviewRequestDeadline)) {
            throw new RuleViolation("requestedOn", "复查申请须在答复后规定期限内（至 " + reviewRequestDeadline + "）提出",
                    "a review must be requested within the window after the answer (by " + reviewRequestDeadline + ")");
        }
        requireText("reason", command.reason(), "请填写申请复查的理由", "the reason is required");
        apply(new ReviewRequested(id, new PetitionFacts(townshipCode, villageCode, receivedOn, category, flags,
                unitCode, round + 1), command.requestedOn(), command.reason(), reviewRequestDeadline,
                deadlines(county).completion(command.requestedOn()), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(ArchivePetition command, BusinessCalendar calendar) {
        require(PetitionAction.ARCHIVE);
        requireStepDate("archivedOn", command.archivedOn(), calendar);
        apply(new PetitionArchived(id, facts(), command.archivedOn(), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(ErasePetitionerData command, BusinessCalendar calendar) {
        List<UUID> requested = command.personIds() == null || command.personIds().isEmpty()
                ? personIds : List.copyOf(new LinkedHashSet<>(command.personIds()));
        if (!personIds.containsAll(requested)) {
            throw new RuleViolation("personIds", "不是本信访件的信访人", "not a petitioner of this petition");
        }
        List<UUID> toErase = requested.stream().filter(p -> !erased.contains(p)).toList();
        if (!toErase.isEmpty()) {
            // Erasing again changes nothing: no event.
            apply(new PetitionerDataErased(id, townshipCode, toErase, calendar.today(), command.recordedBy(),
                    command.onBehalfOf()));
        }
    }

    @EventSourcingHandler
    void on(PetitionReceived event) {
        this.personIds = event.petitioners().stream().map(SealedPetitioner::personId).toList();
        this.id = event.petitionId();
        this.state = PetitionState.RECEIVED;
        this.townshipCode = event.townshipCode();
        this.villageCode = event.villageCode();
        this.accusedUnitCode = event.accusedUnitCode();
        this.receivedOn = event.receivedOn();
        this.lastStepOn = event.receivedOn();
        this.registrationDeadline = event.registrationDeadline();
        this.dispositionDeadline = event.dispositionDeadline();
    }

    @EventSourcingHandler
    void on(PetitionRegistered event) {
        step(PetitionAction.REGISTER, event.registeredOn());
        this.category = event.facts().category();
        this.flags = event.facts().flags();
        this.villageCode = event.facts().villageCode();
    }

    @EventSourcingHandler
    void on(PetitionAssigned event) {
        step(PetitionAction.ASSIGN, event.assignedOn());
        this.unitCode = event.facts().unitCode();
        this.completionDeadline = event.completionDeadline();
    }

    @EventSourcingHandler
    void on(PetitionTransferred event) {
        step(PetitionAction.TRANSFER, event.transferredOn());
        this.completionDeadline = event.completionDeadline();
    }

    @EventSourcingHandler
    void on(PetitionNotAccepted event) {
        step(PetitionAction.NOT_ACCEPT, event.decidedOn());
        this.answerDeadline = event.answerDeadline();
    }

    @EventSourcingHandler
    void on(PetitionDeadlineExtended event) {
        this.extensionUsed = true;
        this.completionDeadline = event.completionDeadline();
    }

    @EventSourcingHandler
    void on(PetitionCompleted event) {
        step(PetitionAction.COMPLETE, event.completedOn());
        this.answerDeadline = event.answerDeadline();
    }

    @EventSourcingHandler
    void on(PetitionerAnswered event) {
        step(PetitionAction.ANSWER, event.answeredOn());
        this.returnVisitDeadline = event.returnVisitDeadline();
        this.reviewRequestDeadline = event.reviewRequestDeadline();
        this.lastSatisfaction = null;
    }

    @EventSourcingHandler
    void on(ReturnVisitRecorded event) {
        step(PetitionAction.RETURN_VISIT, event.visitedOn());
        this.lastSatisfaction = event.satisfaction();
    }

    @EventSourcingHandler
    void on(ReviewRequested event) {
        step(PetitionAction.REQUEST_REVIEW, event.requestedOn());
        this.round = event.facts().round();
        this.completionDeadline = event.completionDeadline();
        this.answerDeadline = null;
        this.returnVisitDeadline = null;
        this.reviewRequestDeadline = null;
        this.lastSatisfaction = null;
    }

    @EventSourcingHandler
    void on(PetitionArchived event) {
        step(PetitionAction.ARCHIVE, event.archivedOn());
    }

    @EventSourcingHandler
    void on(PetitionerDataErased event) {
        erased.addAll(event.personIds());
    }

    PetitionState state() {
        return state;
    }

    PetitionLifecyclePolicy.Stage stage() {
        return new PetitionLifecyclePolicy.Stage(state, unitCode != null, extensionUsed, lastSatisfaction);
    }

    LocalDate completionDeadline() {
        return completionDeadline;
    }

    int round() {
        return round;
    }

    private void step(PetitionAction action, LocalDate on) {
        this.state = PetitionLifecyclePolicy.after(state, action);
        this.lastStepOn = on;
    }

    private void require(PetitionAction action) {
        PetitionLifecyclePolicy.require(action, stage());
    }

    /** A unit's step (extension, completion, answer), typed in for the assigned unit if for a unit at all. */
    private void require(PetitionAction unitStep, String onBehalfOf) {
        if (PetitionAccessPolicy.UNIT_STEPS.contains(unitStep)) {
            requireForAssignedUnit(onBehalfOf);
        }
        require(unitStep);
    }

    private PetitionFacts facts() {
        return new PetitionFacts(townshipCode, villageCode, receivedOn, category, flags, unitCode, round);
    }

    private StepDeadlines deadlines() {
        return new StepDeadlines(registrationDeadline, dispositionDeadline, completionDeadline, answerDeadline,
                returnVisitDeadline, reviewRequestDeadline);
    }

    /**
     * The original of a repeat: one the caller may link ({@code receivedOn} known), not this petition, and
     * received no later than it.
     */
    private void requireOriginal(UUID original, LocalDate originalReceivedOn) {
        if (original.equals(id)) {
            throw new RuleViolation("repeatOf", "重复信访应关联更早的信访件，而不是本件",
                    "a repeat links to an earlier petition, not to itself");
        }
        if (originalReceivedOn == null) {
            throw PetitionReferences.noOriginal();
        }
        if (originalReceivedOn.isAfter(receivedOn)) {
            throw new RuleViolation("repeatOf", "原信访件应早于本件收到", "the original was received after this petition");
        }
    }

    /** An office typing in a unit's step types it in for the unit that handles the petition, not another one. */
    private void requireForAssignedUnit(String onBehalfOf) {
        if (unitCode != null && onBehalfOf != null && onBehalfOf.startsWith("unit:")
                && !onBehalfOf.equals("unit:" + unitCode)) {
            throw new RuleViolation("onBehalfOf", "此信访件由 " + unitCode + " 承办",
                    "the petition is handled by " + unitCode);
        }
    }

    /** A step's business date: given, not in the future, not before the step it follows. */
    private void requireStepDate(String field, LocalDate date, BusinessCalendar calendar) {
        if (date == null) {
            throw new RuleViolation(field, "请填写日期", "the date is required");
        }
        calendar.requireNotFuture(field, date);
        if (date.isBefore(lastStepOn)) {
            throw new RuleViolation(field, "日期不能早于上一步骤的日期（" + lastStepOn + "）",
                    "the date must not be before the date of the previous step (" + lastStepOn + ")");
        }
    }

    private static PetitionDeadlinePolicy deadlines(CountyReference county) {
        return new PetitionDeadlinePolicy(county.deadlines().petitions());
    }

    private static void requireGiven(String field, Object value, String messageZh, String messageEn) {
        if (value == null) {
            throw new RuleViolation(field, messageZh, messageEn);
        }
    }

    private static void requireText(String field, String value, String messageZh, String messageEn) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, messageZh, messageEn);
        }
    }
}
