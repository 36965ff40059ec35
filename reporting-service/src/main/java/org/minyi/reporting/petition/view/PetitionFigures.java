package org.minyi.reporting.petition;

import org.minyi.reporting.petition.PetitionMetrics.Rate;
import org.minyi.reporting.petition.PetitionMetrics.Step;

import java.util.Map;

/** Every figure of one petition cohort (a township or the county) as of a date (DOMAIN §6). */
public record PetitionFigures(Step registration, Step disposition, Step completion, Step answer, Step returnVisit,
                              Rate satisfaction, Rate satisfiedOnly, PetitionCounts counts) {

    /** The figures of a cohort without a single petition: every rate null. */
    static PetitionFigures empty() {
        Step none = Step.of(0, 0, 0, 0);
        return new PetitionFigures(none, none, none, none, none, Rate.of(0, 0), Rate.of(0, 0),
                new PetitionCounts(0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0));
    }
}
