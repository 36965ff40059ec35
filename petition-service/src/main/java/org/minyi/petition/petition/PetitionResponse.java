package org.minyi.petition.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A petition as the API shows it (API.md "Petitions"). {@code petitioners} is present only for roles
 * that may see petitioners' identities.
 */
public record PetitionResponse(UUID id, Channel channel, String townshipCode, String villageCode, LocalDate receivedOn,
                               PetitionState state, boolean collective, List<String> flags, Integer visitors,
                               int petitionerCount, String subject, String content, String accusedUnitCode,
                               List<Petitioner> petitioners, String nextStep, LocalDate deadline, boolean overdue,
                               long version, List<PetitionView.TimelineEntry> timeline) {
}
