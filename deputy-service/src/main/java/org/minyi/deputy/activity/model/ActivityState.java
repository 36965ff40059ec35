package org.minyi.deputy.activity.model;

import java.util.List;

/**
 * A duty activity's lifecycle: {@code LOGGED}, then {@code WITHDRAWN} for good (a mistake is withdrawn
 * and logged again, never edited). The aggregate and its illegal-step refusal take the states from here.
 */
public enum ActivityState {
    LOGGED,
    WITHDRAWN;

    /** The one step on a logged activity. */
    public static final String WITHDRAW = "WITHDRAW";

    /** The state after {@code WITHDRAW}; only a logged activity is withdrawn. */
    public ActivityState afterWithdraw() {
        if (this != LOGGED) {
            throw new ActivityAlreadyWithdrawn();
        }
        return WITHDRAWN;
    }

    /** The steps this state allows, for a client to offer. */
    public List<String> allowedActions() {
        return this == LOGGED ? List.of(WITHDRAW) : List.of();
    }
}
