package org.minyi.deputy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minyi.deputy.model.DeputyContactPolicy;
import org.minyi.deputy.model.Gender;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.NewMandate;
import org.minyi.deputy.model.Occupation;
import org.minyi.deputy.model.Party;
import org.minyi.deputy.model.PrivateContact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST /api/deputies}. {@code id} is optional: sending it makes the create
 * idempotent. {@code contact} is personal data and never appears in {@link #toString()}.
 */
public record RegisterDeputyRequest(
        UUID id,
        @NotBlank @Size(max = 50) String name,
        @NotNull Gender gender,
        @NotNull LocalDate birthDate,
        @Size(max = 20) String ethnicity,
        @NotNull Party party,
        @NotNull Occupation occupation,
        @NotBlank @Pattern(regexp = "[0-9]{9}") String townshipCode,
        @Size(max = 100) String electoralDistrict,
        @Valid ContactRequest contact,
        @NotEmpty @Size(max = 5) List<@Valid @NotNull MandateRequest> mandates,
        @Size(max = 60) String onBehalfOf) {

    /** Personal data: shown only to the roles of {@link DeputyContactPolicy}. */
    public record ContactRequest(
            @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
            @Size(max = 200) String address) {

        PrivateContact toContact() {
            return new PrivateContact(phone, address);
        }

        @Override
        public String toString() {
            return "ContactRequest[personal data]";
        }
    }

    public record MandateRequest(
            @NotNull MandateLevel level,
            @NotBlank @Pattern(regexp = "[0-9]{6}|[0-9]{9}") String congressCode,
            @NotNull @Min(1) @Max(99) Integer term,
            @NotNull LocalDate electedOn) {

        NewMandate toMandate() {
            return new NewMandate(level, congressCode, term, electedOn);
        }
    }

    @Override
    public String toString() {
        return "RegisterDeputyRequest[" + id + "]";
    }
}
