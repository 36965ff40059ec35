package org.minyi.deputy.activity.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.deputy.group.model.GroupDirectory;
import org.minyi.deputy.model.CountyReferences;
import org.minyi.deputy.model.Roster;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A duty activity (履职活动): one event in which one or more deputies took part. Logged once; a mistake
 * is withdrawn (and logged again), never edited ({@link ActivityState}), so the points computed from it can
 * be traced. Who took part is checked against the {@link Roster} ({@link ParticipationPolicy}).
 */
@Aggregate
public class DutyActivity {

    /** A reception day or a session has many deputies; a bound keeps a typo from creating a huge event. */
    public static final int MAX_PARTICIPANTS = 500;

    @AggregateIdentifier
    private UUID id;
    private String townshipCode;
    private LocalDate heldOn;
    private ActivityState state;

    protected DutyActivity() {
        // for Axon
    }

    @CommandHandler
    public DutyActivity(LogDutyActivity command, BusinessCalendar calendar, CountyReference county, Roster roster,
                        GroupDirectory groups) {
        if (command.type() == null) {
            throw new RuleViolation("type", "请选择活动类型", "the activity's type is required");
        }
        if (command.type() == ActivityType.INSPECTION && command.inspectionMode() == null) {
            throw new RuleViolation("inspectionMode", "视察须注明方式：集中视察、持证视察或专题视察",
                    "an inspection needs its mode: COLLECTIVE, INDIVIDUAL or THEMATIC");
        }
        if (command.type() != ActivityType.INSPECTION && command.inspectionMode() != null) {
            throw new RuleViolation("inspectionMode", "只有视察活动填写视察方式", "only an inspection has an inspection mode");
        }
        if (command.type() == ActivityType.EVALUATION && command.evaluatedUnitCode() == null) {
            throw new RuleViolation("evaluatedUnitCode", "评议活动须注明被评议的部门", "an evaluation names the evaluated unit");
        }
        if (command.type() != ActivityType.EVALUATION && command.evaluatedUnitCode() != null) {
            throw new RuleViolation("evaluatedUnitCode", "只有评议活动填写被评议部门", "only an evaluation names an evaluated unit");
        }
        if (command.heldOn() == null) {
            throw new RuleViolation("heldOn", "请填写活动日期", "the date of the activity is required");
        }
        if (command.heldOn().isAfter(calendar.today())) {
            throw new RuleViolation("heldOn", "活动日期不能晚于今天", "the date of the activity cannot be in the future");
        }
        CountyReferences.requireTownshipCodeForm(command.townshipCode());
        List<UUID> deputies = command.deputyIds() == null ? List.of() : command.deputyIds();
        if (deputies.isEmpty()) {
            throw new RuleViolation("deputyIds", "至少一名代表参加", "at least one deputy took part");
        }
        if (deputies.size() > MAX_PARTICIPANTS) {
            throw new RuleViolation("deputyIds", "参加代表不超过" + MAX_PARTICIPANTS + "名",
                    "at most " + MAX_PARTICIPANTS + " deputies per activity");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < deputies.size(); i++) {
            if (deputies.get(i) == null || !seen.add(deputies.get(i))) {
                throw new RuleViolation("deputyIds[" + i + "]", "参加代表重复或为空", "a deputy is missing or listed twice");
            }
        }
        if (command.itemsCollected() < 0) {
            throw new RuleViolation("itemsCollected", "收集意见建议数不能为负数", "the number of items collected cannot be negative");
        }
        requireKnownReferences(command, deputies, county, roster, groups);
        apply(new DutyActivityLogged(command.activityId(), command.type(), command.inspectionMode(), command.heldOn(),
                command.townshipCode(), command.groupId(), List.copyOf(deputies), blankToNull(command.place()),
                blankToNull(command.notes()), command.itemsCollected(), command.evaluatedUnitCode(),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(WithdrawDutyActivity command, BusinessCalendar calendar) {
        state.afterWithdraw();
        if (command.withdrawnOn() == null) {
            throw new RuleViolation("withdrawnOn", "请填写撤销日期", "the date of withdrawal is required");
        }
        if (command.withdrawnOn().isAfter(calendar.today()) || command.withdrawnOn().isBefore(heldOn)) {
            throw new RuleViolation("withdrawnOn", "撤销日期应在活动日期（" + heldOn + "）与今天之间",
                    "the date of withdrawal is between the activity's date (" + heldOn + ") and today");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation("reason", "请填写撤销原因", "the reason is required");
        }
        apply(new DutyActivityWithdrawn(id, townshipCode, command.withdrawnOn(), command.reason().strip(),
                command.recordedBy(), command.onBehalfOf()));
    }

    @EventSourcingHandler
    void on(DutyActivityLogged e) {
        id = e.activityId();
        townshipCode = e.townshipCode();
        heldOn = e.heldOn();
        state = ActivityState.LOGGED;
    }

    @EventSourcingHandler
    void on(DutyActivityWithdrawn e) {
        state = state.afterWithdraw();
    }

    /**
     * One 422 naming every unknown township, group (of another township), unit and deputy, and every deputy
     * who did not serve on the day, so the office fixes them all at once.
     */
    private static void requireKnownReferences(LogDutyActivity command, List<UUID> deputies, CountyReference county,
                                               Roster roster, GroupDirectory groups) {
        List<UnknownReference.Reference> unknown = new ArrayList<>();
        CountyReferences.township("townshipCode", command.townshipCode(), county).ifPresent(unknown::add);
        if (command.groupId() != null
                && groups.townshipOf(command.groupId()).filter(command.townshipCode()::equals).isEmpty()) {
            unknown.add(new UnknownReference.Reference("groupId", "本乡镇没有此小组", "no such group in this township"));
        }
        if (command.evaluatedUnitCode() != null) {
            CountyReferences.unit("evaluatedUnitCode", command.evaluatedUnitCode(), county).ifPresent(unknown::add);
        }
        for (int i = 0; i < deputies.size(); i++) {
            String field = "deputyIds[" + i + "]";
            ParticipationPolicy.refusal(roster.deputy(deputies.get(i)), command.heldOn())
                    .ifPresent(r -> unknown.add(new UnknownReference.Reference(field, r[0], r[1])));
        }
        UnknownReference.refuseAny(unknown);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
