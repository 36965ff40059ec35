package org.minyi.petition.model;

/**
 * The step a petition waits for, as the view and the overdue list name it. {@code DISPOSE} is any of
 * assign, transfer or not-accept (交办率 counts them together, DOMAIN §6).
 */
public enum DueStep {
    REGISTER, DISPOSE, COMPLETE, ANSWER, RETURN_VISIT, ARCHIVE
}
