package org.minyi.proposal.model;

import java.util.List;
import java.util.UUID;

/**
 * What access to one proposal depends on (docs/domain.md §8): its congress and township, its signers and
 * the units it is assigned to. The view's proposal provides it, so the policies need nothing of how it is stored.
 */
public interface ProposalScope {

    String congressCode();

    String townshipCode();

    UUID leadDeputyId();

    /** Every signer, the lead deputy first. */
    List<UUID> signers();

    /** The lead unit once assigned, or null. */
    String leadUnitCode();

    List<String> coUnitCodes();
}
