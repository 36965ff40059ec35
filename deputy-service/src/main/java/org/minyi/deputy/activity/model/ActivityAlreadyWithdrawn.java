package org.minyi.deputy.activity.model;

/** Withdrawing an activity twice: a conflict with what is stored (409), not bad input. */
public class ActivityAlreadyWithdrawn extends RuntimeException {

    public ActivityAlreadyWithdrawn() {
        super("the activity has already been withdrawn");
    }
}
