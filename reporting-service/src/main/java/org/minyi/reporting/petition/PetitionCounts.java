package org.minyi.reporting.petition;

import java.util.Map;

/**
 * Counts of a petition cohort. {@code personTimes} (人次) is the number of people who came in person:
 * the visitors of VISIT petitions.
 */
public record PetitionCounts(long received, Map<String, Long> byChannel, long collective, long personTimes) {
}
