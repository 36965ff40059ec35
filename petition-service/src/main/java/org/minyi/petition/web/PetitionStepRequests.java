package org.minyi.petition.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.petition.model.AnswerChannel;
import org.minyi.petition.model.Category;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.Satisfaction;
import org.minyi.petition.model.SupervisionType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Bodies of the step endpoints ({@code POST /api/petitions/{id}/...}, described in the OpenAPI document). Each
 * carries its business date and, optionally, {@code onBehalfOf} ({@code unit:<code>} or {@code deputy:<id>}) when
 * an office types in someone else's step. Shapes and sizes are checked here (400 naming the field); the
 * rules of the domain (dates, limits, order) by the petition itself.
 */
public final class PetitionStepRequests {

    private PetitionStepRequests() {
    }

    public record RegisterRequest(@NotNull LocalDate registeredOn, @NotNull Category category,
                                  @Pattern(regexp = "[0-9]{12}") String villageCode,
                                  @Size(max = 4) List<@NotNull Flag> flags, UUID repeatOf,
                                  @Size(max = 60) String onBehalfOf) {
    }

    /** {@code leader}: who instructed; a leader recording its own instruction may leave it out. */
    public record InstructionRequest(@NotNull LocalDate on, @Size(max = 50) String leader,
                                     @NotBlank @Size(max = 5000) String text, @Size(max = 60) String onBehalfOf) {
    }

    /** Case ownership (包案): the leader who takes the case personally. */
    public record OwnershipRequest(@NotNull LocalDate on, @Size(max = 50) String leader,
                                   @Size(max = 2000) String note, @Size(max = 60) String onBehalfOf) {
    }

    /** Appointment meeting (约访): the leader met the petitioner on {@code on}. */
    public record AppointmentRequest(@NotNull LocalDate on, @Size(max = 50) String leader,
                                     @Size(max = 2000) String note, @Size(max = 60) String onBehalfOf) {
    }

    public record AssignRequest(@NotNull LocalDate assignedOn, @NotBlank @Size(max = 40) String unitCode,
                                @Size(max = 60) String onBehalfOf) {
    }

    public record TransferRequest(@NotNull LocalDate transferredOn, @NotBlank @Size(max = 200) String body,
                                  @Size(max = 60) String onBehalfOf) {
    }

    public record NotAcceptRequest(@NotNull LocalDate decidedOn, @NotBlank @Size(max = 2000) String reason,
                                   @Size(max = 60) String onBehalfOf) {
    }

    public record SupervisionRequest(@NotNull LocalDate on, @NotNull SupervisionType type,
                                     @Size(max = 2000) String note, @Size(max = 60) String onBehalfOf) {
    }

    /** {@code days}: 1 to the deployment's maximum (30 by default), checked by the petition. */
    public record ExtensionRequest(@NotNull LocalDate on, @NotNull Integer days, @NotBlank @Size(max = 2000) String reason,
                                   @Size(max = 60) String onBehalfOf) {
    }

    public record CompleteRequest(@NotNull LocalDate completedOn, @NotBlank @Size(max = 5000) String result,
                                  @Size(max = 60) String onBehalfOf) {
    }

    public record AnswerRequest(@NotNull LocalDate answeredOn, @NotNull AnswerChannel channel,
                                @NotBlank @Size(max = 5000) String text, @Size(max = 60) String onBehalfOf) {
    }

    public record ReturnVisitRequest(@NotNull LocalDate visitedOn, @NotNull Satisfaction satisfaction,
                                     @Size(max = 60) String onBehalfOf) {
    }

    public record ReviewRequestRequest(@NotNull LocalDate requestedOn, @NotBlank @Size(max = 2000) String reason,
                                       @Size(max = 60) String onBehalfOf) {
    }

    public record ArchiveRequest(@NotNull LocalDate archivedOn, @Size(max = 60) String onBehalfOf) {
    }
}
