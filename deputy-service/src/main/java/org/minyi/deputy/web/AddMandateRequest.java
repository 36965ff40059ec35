package org.minyi.deputy.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.NewMandate;

import java.time.LocalDate;

/** Body of {@code POST /api/deputies/{id}/mandates}: a further mandate, as in the register request. */
public record AddMandateRequest(@NotNull MandateLevel level,
                                @NotBlank @Pattern(regexp = "[0-9]{6}|[0-9]{9}") String congressCode,
                                @NotNull @Min(1) @Max(99) Integer term,
                                @NotNull LocalDate electedOn,
                                @Size(max = 60) String onBehalfOf) {

    NewMandate toMandate() {
        return new NewMandate(level, congressCode, term, electedOn);
    }
}
