package org.minyi.reporting.petition.view;

/**
 * The steps a petition waits for, in the event contract's vocabulary (the {@code step} of PetitionSupervised,
 * petition-service's due step), with the name the office's ledger prints. The contract's {@code ARCHIVE} has no
 * deadline, so no report names it.
 */
public enum PetitionStep {
    REGISTER("登记"),
    /** Assign, transfer or decide not to accept. */
    DISPOSE("交办"),
    COMPLETE("办结"),
    ANSWER("答复"),
    RETURN_VISIT("回访");

    private final String labelZh;

    PetitionStep(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
