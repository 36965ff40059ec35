package org.minyi.deputy.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deputy (人大代表) and the mandates they hold, event-sourced. A deputy may serve at several levels
 * at once, but at most one mandate per level; a mandate goes {@code SERVING → ENDED} ({@link MandateStatus})
 * and a later term at the same level is a new mandate. The home township and the congresses of township and
 * county mandates are the county's own (422 naming each unknown one). Groups and activities are aggregates
 * of their own.
 */
@Aggregate
public class Deputy {

    @AggregateIdentifier
    private UUID id;
    private String townshipCode;
    private LocalDate birthDate;
    /** Every mandate in the order it started, ended ones included. */
    private final List<Mandate> mandates = new ArrayList<>();
    /** Adjustments already made: the same adjustment sent again changes nothing. */
    private final Set<UUID> adjustments = new HashSet<>();

    protected Deputy() {
        // for Axon
    }

    @CommandHandler
    public Deputy(RegisterDeputy command, BusinessCalendar calendar, CountyReference county) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("name", "请填写代表姓名", "the name is required");
        }
        requireGiven("gender", command.gender(), "请填写性别", "the gender is required");
        requireGiven("party", command.party(), "请填写政治面貌", "the party affiliation is required");
        requireGiven("occupation", command.occupation(), "请填写职业类别", "the occupation category is required");
        CountyReferences.requireTownshipCodeForm(command.townshipCode());
        requireGiven("birthDate", command.birthDate(), "请填写出生日期", "the birth date is required");
        if (!command.birthDate().isBefore(calendar.today())) {
            throw new RuleViolation("birthDate", "出生日期必须早于今天", "the birth date must be before today");
        }
        if (command.mandates() == null || command.mandates().isEmpty()) {
            throw new RuleViolation("mandates", "至少需要一项代表职务", "at least one mandate is required");
        }
        List<Mandate> serving = new ArrayList<>();
        for (int i = 0; i < command.mandates().size(); i++) {
            String field = "mandates[" + i + "]";
            NewMandate mandate = command.mandates().get(i);
            MandatePolicy.requireValidNew(field, mandate, command.birthDate(), calendar);
            MandatePolicy.requireNoneServingAt(field + ".level", mandate.level(), serving);
            serving.add(Mandate.serving(mandate));
        }
        List<UnknownReference.Reference> unknown = new ArrayList<>();
        CountyReferences.township("townshipCode", command.townshipCode(), county).ifPresent(unknown::add);
        for (int i = 0; i < command.mandates().size(); i++) {
            CountyReferences.congress("mandates[" + i + "].congressCode", command.mandates().get(i), county)
                    .ifPresent(unknown::add);
        }
        UnknownReference.refuseAny(unknown);
        apply(new DeputyRegistered(command.deputyId(), command.townshipCode(), command.name().strip(),
                command.gender(), command.birthDate(), command.ethnicity(), command.party(), command.occupation(),
                command.electoralDistrict(), command.contact(), List.copyOf(command.mandates()),
                command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(AddMandate command, BusinessCalendar calendar, CountyReference county) {
        NewMandate mandate = command.mandate();
        MandatePolicy.requireValidNew("mandate", mandate, birthDate, calendar);
        MandatePolicy.requireNoneServingAt("mandate.level", mandate.level(), mandates);
        // The request names the congress at the top level of its body.
        UnknownReference.refuseAny(CountyReferences.congress("congressCode", mandate, county).stream().toList());
        apply(new MandateAdded(id, townshipCode, mandate.level(), mandate.congressCode(), mandate.term(),
                mandate.electedOn(), command.recordedBy(), command.onBehalfOf()));
    }

    @CommandHandler
    public void handle(EndMandate command, BusinessCalendar calendar) {
        requireGiven("level", command.level(), "请填写代表职务的层级", "the mandate's level is required");
        MandatePolicy.requireValidEnd(command.endedOn(), command.reason(), calendar);
        Mandate serving = servingAt(command.level()).orElseThrow(
                () -> new IllegalMandateState(command.level(), latestAt(command.level())
                        .map(Mandate::status).orElse(null)));
        MandatePolicy.requireEndNotBeforeElection(serving, command.endedOn());
        apply(new MandateEnded(id, townshipCode, serving.level(), serving.congressCode(), serving.term(),
                command.endedOn(), command.reason(), command.recordedBy(), command.onBehalfOf()));
    }

    /** Idempotent by adjustment id: a client retrying its request does not double the points. */
    @CommandHandler
    public void handle(AdjustPoints command, BusinessCalendar calendar) {
        PointsAdjustmentPolicy.requireValid(command, calendar);
        if (adjustments.contains(command.adjustmentId())) {
            return;
        }
        apply(new PointsAdjusted(id, townshipCode, command.adjustmentId(), command.category(), command.points(),
                command.reason().strip(), command.on(), command.recordedBy(), command.onBehalfOf()));
    }

    @EventSourcingHandler
    void on(PointsAdjusted event) {
        adjustments.add(event.adjustmentId());
    }

    @EventSourcingHandler
    void on(DeputyRegistered event) {
        this.id = event.deputyId();
        this.townshipCode = event.townshipCode();
        this.birthDate = event.birthDate();
        event.mandates().forEach(m -> mandates.add(Mandate.serving(m)));
    }

    @EventSourcingHandler
    void on(MandateAdded event) {
        mandates.add(Mandate.serving(new NewMandate(event.level(), event.congressCode(), event.term(),
                event.electedOn())));
    }

    @EventSourcingHandler
    void on(MandateEnded event) {
        for (int i = 0; i < mandates.size(); i++) {
            Mandate mandate = mandates.get(i);
            if (mandate.level() == event.level() && mandate.isServing()) {
                mandates.set(i, mandate.ended(event.endedOn(), event.reason()));
            }
        }
    }

    /** Every mandate in the order it started, ended ones included (for tests). */
    List<Mandate> mandates() {
        return List.copyOf(mandates);
    }

    private Optional<Mandate> servingAt(MandateLevel level) {
        return mandates.stream().filter(m -> m.level() == level && m.isServing()).findFirst();
    }

    private Optional<Mandate> latestAt(MandateLevel level) {
        return mandates.stream().filter(m -> m.level() == level).reduce((first, second) -> second);
    }

    private static void requireGiven(String field, Object value, String messageZh, String messageEn) {
        if (value == null) {
            throw new RuleViolation(field, messageZh, messageEn);
        }
    }
}
