package org.minyi.reporting.proposal.view;

import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.StepRate;

/** The proposal metrics of docs/domain.md §6 for one set of items (a township, a unit, the county). */
public record ProposalRates(StepRate reply, Rate consultation, Rate resolution, Rate implementation,
                            Rate satisfaction, Rate firstTimeSatisfaction, ProposalCounts counts) {

    /** The metrics of a scope without a single item: every rate null. */
    public static ProposalRates empty() {
        return new ProposalRates(StepRate.NONE, Rate.of(0, 0), Rate.of(0, 0), Rate.of(0, 0), Rate.of(0, 0),
                Rate.of(0, 0), new ProposalCounts(0, 0, 0, 0));
    }
}
