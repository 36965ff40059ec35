package org.minyi.reporting.petition.view;

/**
 * The steps a petition waits for in the overdue report, with the name the office's ledger prints.
 */
public enum PetitionStep {
    REGISTRATION("登记"),
    /** Assign, transfer or decide not to accept. */
    DISPOSITION("交办"),
    COMPLETION("办结"),
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
