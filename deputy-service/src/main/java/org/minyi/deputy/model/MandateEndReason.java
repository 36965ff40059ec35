package org.minyi.deputy.model;

/** Why a mandate ended. */
public enum MandateEndReason {
    /** 任期届满 */
    TERM_EXPIRED,
    /** 辞职 */
    RESIGNED,
    /** 罢免 */
    RECALLED,
    /** 去世 */
    DECEASED,
    /** 迁出（调离本行政区域） */
    MOVED_AWAY
}
