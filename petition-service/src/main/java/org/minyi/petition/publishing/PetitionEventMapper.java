package org.minyi.petition.publishing;

import org.minyi.contract.EventTypes;
import org.minyi.petition.petition.PetitionReceived;
import org.minyi.platform.publishing.PublicEventMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Internal petition events to the public contract: counts and dates, never who the petitioners are. */
@Component
public class PetitionEventMapper implements PublicEventMapper {

    @Override
    public Optional<PublicPayload> toPublic(Object event) {
        if (event instanceof PetitionReceived e) {
            return Optional.of(new PublicPayload(EventTypes.PETITION_RECEIVED, e.townshipCode(),
                    new PetitionReceivedV1(e.petitionId(), e.townshipCode(), e.villageCode(), e.channel().name(),
                            e.receivedOn(), e.visitors(), e.petitioners().size(), e.collective(), e.recordedBy(),
                            e.onBehalfOf())));
        }
        return Optional.empty();
    }

    /** Payload of {@code org.minyi.petition.PetitionReceived.v1}; see its JSON Schema in the contract module. */
    record PetitionReceivedV1(UUID petitionId, String townshipCode, String villageCode, String channel,
                              LocalDate receivedOn, Integer visitors, int petitionerCount, boolean collective,
                              String recordedBy, String onBehalfOf) {
    }
}
