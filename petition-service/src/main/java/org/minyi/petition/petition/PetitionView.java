package org.minyi.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The service's own read model of one petition, as stored in {@code petition_view}. */
public record PetitionView(UUID id, String townshipCode, String villageCode, Channel channel, LocalDate receivedOn,
                           PetitionState state, Integer visitors, int petitionerCount, boolean collective,
                           String subject, String content, String accusedUnitCode, String assignedUnitCode,
                           List<Petitioner> petitioners,
                           long version, List<TimelineEntry> timeline) {

    /** One step on the petition's timeline: what was done, its business date, who recorded it (for whom) and when. */
    public record TimelineEntry(String action, LocalDate on, String recordedBy, String onBehalfOf, Instant recordedAt) {
    }
}
