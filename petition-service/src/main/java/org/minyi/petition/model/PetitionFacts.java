package org.minyi.petition.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What every step's event repeats about its petition, so that a consumer can place the step without
 * keeping state of its own: the township (the tenancy key) and village, the receipt date (the cohort of
 * docs/domain.md §6), category and flags once registered, the handling unit once assigned, and the handling
 * round (1, then +1 with each review request). No personal data.
 */
public record PetitionFacts(String townshipCode, String villageCode, LocalDate receivedOn, Category category,
                            List<Flag> flags, String unitCode, int round) {

    public PetitionFacts {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
