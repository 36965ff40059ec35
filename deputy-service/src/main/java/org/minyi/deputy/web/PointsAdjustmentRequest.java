package org.minyi.deputy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minyi.deputy.model.PointsCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/deputies/{id}/points-adjustments}; {@code id} makes it idempotent. */
public record PointsAdjustmentRequest(UUID id,
                                      @NotNull PointsCategory category,
                                      @NotNull BigDecimal points,
                                      @NotBlank @Size(max = 500) String reason,
                                      @NotNull LocalDate on) {

    @Override
    public String toString() {
        return "PointsAdjustmentRequest[" + id + ", " + category + "]";
    }
}
