package org.minyi.petition.web;

import org.minyi.petition.model.Category;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.DueStep;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.PetitionState;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A petition in a list: where it stands and what it waits for, no petitioners (a list never carries
 * personal data; the single petition shows them to those who may see them).
 */
public record PetitionSummary(UUID id, Channel channel, String townshipCode, String villageCode, LocalDate receivedOn,
                              PetitionState state, Category category, List<Flag> flags, boolean collective,
                              String subject, String unitCode, int round, DueStep nextStep, LocalDate deadline,
                              boolean overdue, long version) {
}
