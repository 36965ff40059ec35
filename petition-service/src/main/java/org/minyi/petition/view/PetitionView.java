package org.minyi.petition.view;

import org.minyi.petition.model.Category;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.DueStep;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.PetitionLifecyclePolicy;
import org.minyi.petition.model.PetitionScope;
import org.minyi.petition.model.PetitionState;
import org.minyi.petition.model.Satisfaction;
import org.minyi.petition.model.SealedPetitioner;
import org.minyi.petition.model.StepDeadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service's own read model of one petition, as stored in {@code petition_view}: intake, the
 * classification and handling so far, the deadline of every step as its event carried it, and the step
 * the petition waits for ({@code nextStep}, with its {@code deadline}).
 */
public record PetitionView(UUID id, String townshipCode, String villageCode, Channel channel, LocalDate receivedOn,
                           PetitionState state, Integer visitors, int petitionerCount, boolean collective,
                           String subject, String content, String accusedUnitCode, String assignedUnitCode,
                           List<SealedPetitioner> petitioners, Category category, List<Flag> flags, UUID repeatOf,
                           String transferredTo, int round, boolean extensionUsed, Satisfaction satisfaction,
                           DueStep nextStep, LocalDate deadline, StepDeadlines deadlines, long version,
                           List<TimelineEntry> timeline) implements PetitionScope {

    /**
     * One step on the petition's timeline: what was done, its business date, who recorded it (for whom),
     * when, and what it said besides (unit, category, reason, text, ...).
     */
    public record TimelineEntry(String action, LocalDate on, String recordedBy, String onBehalfOf, Instant recordedAt,
                                Map<String, Object> details) {
    }

    /** What the state machine needs to know of this petition. */
    public PetitionLifecyclePolicy.Stage stage() {
        return new PetitionLifecyclePolicy.Stage(state, assignedUnitCode != null, extensionUsed, satisfaction);
    }
}
