package org.minyi.deputy.activity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.deputy.activity.model.ActivityType;
import org.minyi.deputy.activity.model.DutyActivity;
import org.minyi.deputy.activity.model.InspectionMode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of {@code /api/duty-activities}. */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    /**
     * {@code POST /api/duty-activities}; {@code id} makes it idempotent. {@code itemsCollected} is
     * the number of opinions and suggestions collected (收集意见建议数); the items themselves go in notes.
     */
    public record LogActivity(UUID id,
                              @NotNull ActivityType type,
                              InspectionMode inspectionMode,
                              @NotNull LocalDate heldOn,
                              @NotBlank @Pattern(regexp = "[0-9]{9}") String townshipCode,
                              UUID groupId,
                              @NotEmpty @Size(max = DutyActivity.MAX_PARTICIPANTS) List<@NotNull UUID> deputyIds,
                              @Size(max = 200) String place,
                              @Size(max = 2000) String notes,
                              @Min(0) @Max(10000) Integer itemsCollected,
                              @Size(max = 30) String evaluatedUnitCode,
                              @Size(max = 60) String onBehalfOf) {

        @Override
        public String toString() {
            return "LogActivity[" + id + ", " + type + "]";
        }
    }

    public record Withdraw(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 500) String reason) {
    }
}
