package org.minyi.petition.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.petition.model.Petitioner;
import org.minyi.petition.model.ReceivePetition;
import org.minyi.petition.model.SealedPetitioner;
import org.minyi.petition.personaldata.PetitionerVault;
import org.minyi.petition.personaldata.RepeatFingerprints;
import org.minyi.petition.view.PetitionView;
import org.minyi.petition.view.PetitionViews;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.eventstore.IdempotentCreate;
import org.minyi.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Receiving a petition (docs/domain.md §5, §8), the one use case that writes outside the event store: the
 * petitioners are sealed, each with a key of their own; the petition takes them in sealed; and the fingerprints
 * of the persons it stored are recorded for repeat detection. All three commit together or not at all, so a
 * refused petition leaves no key and no fingerprint behind. Sent again with the same id, it creates nothing.
 */
@Component
public class PetitionIntake {

    private final CommandGateway commands;
    private final PetitionViews views;
    private final PetitionerVault vault;
    private final RepeatFingerprints repeats;
    private final CountyReference county;
    private final TransactionTemplate transaction;

    public PetitionIntake(CommandGateway commands, PetitionViews views, PetitionerVault vault,
                          RepeatFingerprints repeats, CountyReference county, TransactionTemplate transaction) {
        this.commands = commands;
        this.views = views;
        this.vault = vault;
        this.repeats = repeats;
        this.county = county;
        this.transaction = transaction;
    }

    /** The petition as received, and whether this call received it (false: it was there already). */
    public IdempotentCreate.Result<PetitionView> receive(ReceivePetitionRequest request, Actor actor) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        List<Petitioner> petitioners = request.petitioners().stream()
                .map(ReceivePetitionRequest.PetitionerRequest::toPetitioner).toList();
        return IdempotentCreate.run(id, views::find, () -> transaction.executeWithoutResult(status -> {
            List<SealedPetitioner> sealed = vault.seal(id, petitioners);
            commands.sendAndWait(new ReceivePetition(id, request.channel(), request.receivedOn(),
                    request.townshipCode(), request.villageCode(), request.visitors(), sealed,
                    request.subject().strip(), request.content(), request.accusedUnitCode(), actor.recordedBy(),
                    actor.onBehalfOf()));
            // Matched on what was stored: the sealed persons the petition took in, opened in this transaction.
            repeats.record(id, request.receivedOn(), county.deadlines().petitions().repeatWindowDays(),
                    vault.open(sealed).stream().map(p -> new RepeatFingerprints.Person(p.personId(), p.name(),
                            p.idNumber(), p.phone())).toList());
        }));
    }
}
