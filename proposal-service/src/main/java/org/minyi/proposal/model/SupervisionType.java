package org.minyi.proposal.model;

/** Supervision entries (督办) recorded on a proposal: progress reports, site visits, semi-annual public disclosure. */
public enum SupervisionType {
    PROGRESS_REPORT, SITE_VISIT, PUBLIC_DISCLOSURE
}
