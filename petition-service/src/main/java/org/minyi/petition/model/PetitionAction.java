package org.minyi.petition.model;

/**
 * Every step that can be recorded on a petition (docs/domain.md §5). The lifecycle steps move the petition to
 * another state; the side steps (instruction, ownership, appointment, supervision, extension) are
 * recorded on it without changing its state. {@link PetitionLifecyclePolicy} says which are allowed when.
 */
public enum PetitionAction {
    /** 登记: category, village, flags, original of a repeat. */
    REGISTER,
    /** 领导阅批 */
    INSTRUCT,
    /** 领导包案 */
    TAKE_OWNERSHIP,
    /** 领导约访 */
    HOLD_APPOINTMENT,
    /** 交办 to a handling unit */
    ASSIGN,
    /** 转办 to a competent body */
    TRANSFER,
    /** 不予受理 */
    NOT_ACCEPT,
    /** 督办: urge or escalate */
    SUPERVISE,
    /** 延期: once, at most the configured days */
    EXTEND,
    /** 办结 */
    COMPLETE,
    /** 答复/告知 the petitioner */
    ANSWER,
    /** 回访 */
    RETURN_VISIT,
    /** 复查申请: back to the unit */
    REQUEST_REVIEW,
    /** 归档 */
    ARCHIVE
}
