package org.minyi.proposal.model;

/** The lead deputy's evaluation of a reply (满意度测评). */
public enum EvaluationResult {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
