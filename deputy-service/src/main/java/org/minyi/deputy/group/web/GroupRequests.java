package org.minyi.deputy.group.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.deputy.group.model.GroupKind;
import org.minyi.deputy.group.model.GroupRole;
import org.minyi.deputy.group.model.Venue;
import org.minyi.deputy.group.model.VenueKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of {@code /api/deputy-groups}. */
public final class GroupRequests {

    private GroupRequests() {
    }

    /** {@code POST /api/deputy-groups}; {@code id} makes the create idempotent. */
    public record FormGroup(UUID id,
                            @NotBlank @Pattern(regexp = "[0-9]{9}") String townshipCode,
                            @NotBlank @Size(max = 100) String name,
                            @NotNull GroupKind kind,
                            @Size(max = 100) String theme,
                            @NotNull LocalDate formedOn,
                            @NotNull UUID leaderId,
                            UUID deputyLeaderId,
                            UUID liaisonId,
                            @NotEmpty @Size(max = 200) List<@NotNull UUID> memberIds,
                            @Valid VenueRequest venue) {
    }

    public record VenueRequest(UUID id,
                               @NotNull VenueKind kind,
                               @NotBlank @Size(max = 100) String name,
                               @NotBlank @Size(max = 200) String address) {
        Venue toVenue() {
            return new Venue(id == null ? UUID.randomUUID() : id, kind, name.strip(), address.strip());
        }
    }

    public record AddMember(@NotNull UUID deputyId, @NotNull LocalDate joinedOn) {
    }

    public record RemoveMember(@NotNull LocalDate leftOn) {
    }

    public record AssignRole(@NotNull GroupRole role, UUID deputyId, @NotNull LocalDate on) {
    }
}
