package org.minyi.petition.petition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A petition (信访件), event-sourced. Only intake so far; the lifecycle steps follow (issue 5). */
@Aggregate
public class Petition {

    @AggregateIdentifier
    private UUID id;
    private PetitionState state;

    protected Petition() {
        // for Axon
    }

    @CommandHandler
    public Petition(ReceivePetition command, BusinessCalendar calendar) {
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
        apply(new PetitionReceived(command.petitionId(), command.channel(), command.receivedOn(),
                command.townshipCode(), command.villageCode(), visitors, command.petitioners(),
                CollectivePetitionPolicy.isCollective(command.petitioners().size(), visitors),
                command.subject(), command.content(), command.accusedUnitCode(), command.recordedBy(),
                command.onBehalfOf()));
    }

    @EventSourcingHandler
    void on(PetitionReceived event) {
        this.id = event.petitionId();
        this.state = PetitionState.RECEIVED;
    }

    PetitionState state() {
        return state;
    }
}
