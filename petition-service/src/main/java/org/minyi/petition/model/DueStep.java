package org.minyi.petition.model;

/**
 * The step a petition waits for: the one name of it in the service (the view's {@code nextStep}, the list's
 * deadline, a supervision's {@code step}), the same as the public contract's. {@code DISPOSE} is any of assign,
 * transfer or not-accept (交办率 counts them together, docs/domain.md §6).
 */
public enum DueStep {
    REGISTER, DISPOSE, COMPLETE, ANSWER, RETURN_VISIT, ARCHIVE
}
