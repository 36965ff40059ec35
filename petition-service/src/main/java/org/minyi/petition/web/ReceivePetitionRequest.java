package org.minyi.petition.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.Petitioner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST /api/petitions}. {@code id} is optional: sending it makes the create
 * idempotent. {@code onBehalfOf} ({@code unit:<code>} or {@code deputy:<id>}) records whom the office
 * typed it in for, e.g. the deputy who referred it.
 */
public record ReceivePetitionRequest(
        UUID id,
        @NotNull Channel channel,
        @NotNull LocalDate receivedOn,
        @NotBlank @Pattern(regexp = "[0-9]{9}") String townshipCode,
        @Pattern(regexp = "[0-9]{12}") String villageCode,
        @Min(1) @Max(100_000) Integer visitors,
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull PetitionerRequest> petitioners,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 20_000) String content,
        @Size(max = 40) String accusedUnitCode,
        @Size(max = 60) String onBehalfOf) {

    /** Personal data; the ID number is optional (a letter may not give it) but must be a valid form when present. */
    public record PetitionerRequest(
            @NotBlank @Size(max = 50) String name,
            @Pattern(regexp = "[0-9]{17}[0-9Xx]") String idNumber,
            @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
            @Size(max = 200) String address) {

        Petitioner toPetitioner() {
            return new Petitioner(name.strip(), idNumber == null ? null : idNumber.toUpperCase(), phone, address);
        }

        @Override
        public String toString() {
            return "PetitionerRequest[personal data]";
        }
    }

    @Override
    public String toString() {
        return "ReceivePetitionRequest[" + id + "]";
    }
}
