package org.minyi.reporting.proposal.view;

/**
 * Counts of a proposal cohort as of the as-of date: submitted, registered, rejected, and re-handled
 * (items that needed more than one round: a second round had started).
 */
public record ProposalCounts(long submitted, long registered, long rejected, long rehandled) {
}
