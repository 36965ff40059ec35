package org.minyi.reporting.petition.view;

import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.StepRate;

import java.util.Map;

/** Every figure of one petition cohort (a township or the county) as of a date (docs/domain.md §6). */
public record PetitionFigures(StepRate registration, StepRate disposition, StepRate completion, StepRate answer,
                              StepRate returnVisit, Rate satisfaction, Rate satisfiedOnly, PetitionCounts counts) {

    /** The figures of a cohort without a single petition: every rate null. */
    public static PetitionFigures empty() {
        return new PetitionFigures(StepRate.NONE, StepRate.NONE, StepRate.NONE, StepRate.NONE, StepRate.NONE,
                Rate.of(0, 0), Rate.of(0, 0), new PetitionCounts(0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0));
    }
}
