package org.minyi.proposal.model;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who serves in which congress, as far as this service knows (a port: deputy-service owns the deputies; the
 * roster is kept from its public events). The aggregate asks it who may sign; answers show signers' names.
 */
public interface ServingDeputies {

    /** A deputy's public details: the name and home township, for display; never a contact. */
    record KnownDeputy(UUID id, String name, String townshipCode) {
    }

    /** Of the given deputies, those holding a serving mandate in the congress. */
    Set<UUID> servingIn(String congressCode, Collection<UUID> deputyIds);

    Optional<KnownDeputy> find(UUID deputyId);

    Map<UUID, KnownDeputy> find(Collection<UUID> deputyIds);
}
