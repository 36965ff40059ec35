package org.minyi.deputy.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A registered deputy starts a further mandate (another level, or a new term after the last one ended). */
public record AddMandate(@TargetAggregateIdentifier UUID deputyId, NewMandate mandate, String recordedBy,
                         String onBehalfOf) {
}
