package org.minyi.reporting.petition.view;

import java.util.Map;

/**
 * Counts of a petition cohort as of a date. {@code personTimes} (人次) is the number of people who came in
 * person: the visitors of VISIT petitions. Category and the flags are set at registration, so
 * {@code byCategory}, {@code repeat} and {@code levelSkipping} count the petitions registered by the as-of
 * date; {@code byVillage} the petitions whose village is known. A repeat petition counts once in
 * {@code received} like any case, and again in {@code repeat}.
 */
public record PetitionCounts(long received, Map<String, Long> byChannel, Map<String, Long> byCategory,
                             Map<String, Long> byVillage, long collective, long repeat, long levelSkipping,
                             long personTimes) {
}
