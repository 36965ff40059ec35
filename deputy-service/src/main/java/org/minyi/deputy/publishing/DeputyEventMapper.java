package org.minyi.deputy.publishing;

import org.minyi.contract.EventTypes;
import org.minyi.deputy.deputy.DeputyRegistered;
import org.minyi.deputy.deputy.MandateAdded;
import org.minyi.deputy.deputy.MandateEnded;
import org.minyi.platform.publishing.PublicEventMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Internal deputy events to the public contract: who serves in which congress, public details only,
 * never the private contact nor the birth date.
 */
@Component
public class DeputyEventMapper implements PublicEventMapper {

    @Override
    public Optional<PublicPayload> toPublic(Object event) {
        if (event instanceof DeputyRegistered e) {
            return Optional.of(new PublicPayload(EventTypes.DEPUTY_REGISTERED, e.townshipCode(),
                    new DeputyRegisteredV1(e.deputyId(), e.townshipCode(), e.name(), e.gender().name(),
                            e.party().name(), e.occupation().name(), e.electoralDistrict(),
                            e.mandates().stream().map(m -> new MandateV1(m.level().name(), m.congressCode(),
                                    m.term(), m.electedOn())).toList(),
                            e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof MandateAdded e) {
            return Optional.of(new PublicPayload(EventTypes.MANDATE_ADDED, e.townshipCode(),
                    new MandateAddedV1(e.deputyId(), e.townshipCode(), e.level().name(), e.congressCode(), e.term(),
                            e.electedOn(), e.recordedBy(), e.onBehalfOf())));
        }
        if (event instanceof MandateEnded e) {
            return Optional.of(new PublicPayload(EventTypes.MANDATE_ENDED, e.townshipCode(),
                    new MandateEndedV1(e.deputyId(), e.townshipCode(), e.level().name(), e.congressCode(), e.term(),
                            e.endedOn(), e.reason().name(), e.recordedBy(), e.onBehalfOf())));
        }
        return Optional.empty();
    }

    /** Payload of {@code org.minyi.deputy.DeputyRegistered.v1}; see its JSON Schema in the contract module. */
    record DeputyRegisteredV1(UUID deputyId, String townshipCode, String name, String gender, String party,
                              String occupation, String electoralDistrict, List<MandateV1> mandates,
                              String recordedBy, String onBehalfOf) {
    }

    record MandateV1(String level, String congressCode, int term, LocalDate electedOn) {
    }

    /** Payload of {@code org.minyi.deputy.MandateAdded.v1}. */
    record MandateAddedV1(UUID deputyId, String townshipCode, String level, String congressCode, int term,
                          LocalDate electedOn, String recordedBy, String onBehalfOf) {
    }

    /** Payload of {@code org.minyi.deputy.MandateEnded.v1}. */
    record MandateEndedV1(UUID deputyId, String townshipCode, String level, String congressCode, int term,
                          LocalDate endedOn, String reason, String recordedBy, String onBehalfOf) {
    }
}
