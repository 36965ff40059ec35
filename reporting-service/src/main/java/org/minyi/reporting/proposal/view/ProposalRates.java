package org.minyi.reporting.proposal;

/** The proposal metrics of DOMAIN §6 for one set of items (a township, a unit, the county). */
public record ProposalRates(StepMetric reply, Metric consultation, Metric resolution, Metric implementation,
                            Metric satisfaction, Metric firstTimeSatisfaction, ProposalCounts counts) {
}
