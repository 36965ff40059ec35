package org.minyi.petition.web;

import org.minyi.petition.model.Category;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.DueStep;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.PetitionAction;
import org.minyi.petition.model.PetitionState;
import org.minyi.petition.model.Satisfaction;
import org.minyi.petition.model.StepDeadlines;
import org.minyi.petition.model.VisiblePetitioner;
import org.minyi.petition.view.PetitionView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A petition as the API shows it (see the OpenAPI document, {@code /v3/api-docs}): the step it waits for
 * ({@code nextStep}) with its {@code deadline} and whether that is {@code overdue} as of today, every step's
 * deadline, the steps its state allows, and the timeline of who did what, when, on whose behalf.
 * {@code petitioners} is present only for roles that may see petitioners' identities, as far as they may
 * (docs/domain.md §8); so is {@code repeatCandidates}, the earlier petitions by the same petitioner suggested
 * as the original.
 */
public record PetitionResponse(UUID id, Channel channel, String townshipCode, String villageCode, LocalDate receivedOn,
                               PetitionState state, boolean collective, List<Flag> flags, Category category,
                               Integer visitors, int petitionerCount, String subject, String content,
                               String accusedUnitCode, String unitCode, String transferredTo, UUID repeatOf, int round,
                               Satisfaction satisfaction, List<VisiblePetitioner> petitioners,
                               List<UUID> repeatCandidates, DueStep nextStep,
                               LocalDate deadline, boolean overdue, StepDeadlines deadlines,
                               Set<PetitionAction> allowedActions, long version,
                               List<PetitionView.TimelineEntry> timeline) {
}
