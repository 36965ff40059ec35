package org.minyi.petition.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Erase petitioners' personal data (docs/domain.md §8): the persons' keys are destroyed, the history stays.
 * {@code personIds} null or empty: every petitioner of the petition. Not a lifecycle step: allowed in any
 * state, archived included.
 */
public record ErasePetitionerData(@TargetAggregateIdentifier UUID petitionId, List<UUID> personIds,
                                  String recordedBy, String onBehalfOf) {
}
