package org.minyi.deputy.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minyi.deputy.model.MandateEndReason;

import java.time.LocalDate;

/** Body of {@code POST /api/deputies/{id}/mandates/{level}/end}. */
public record EndMandateRequest(@NotNull LocalDate endedOn, @NotNull MandateEndReason reason,
                                @Size(max = 60) String onBehalfOf) {
}
