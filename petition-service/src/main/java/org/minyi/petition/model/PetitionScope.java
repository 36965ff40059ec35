package org.minyi.petition.model;

/**
 * What access to one petition depends on (docs/domain.md §8): its township, the unit it is assigned to and
 * the unit it accuses. The view's petition provides it, so the policies need nothing of how it is stored.
 */
public interface PetitionScope {

    String townshipCode();

    /** The handling unit it is assigned to, or null. */
    String assignedUnitCode();

    /** The unit a complaint names, or null. */
    String accusedUnitCode();
}
