package org.minyi.petition.model;

/** A supervision entry (督办): urging the one who must act, or escalating to a higher level. */
public enum SupervisionType {
    /** 催办 */
    URGE,
    /** 提级督办 */
    ESCALATE
}
