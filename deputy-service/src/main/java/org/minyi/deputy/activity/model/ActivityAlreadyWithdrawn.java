package org.minyi.deputy.activity.model;

import org.minyi.platform.model.IllegalStep;

/** Withdrawing an activity twice: a conflict with what is stored (409 {@code illegal-step}), not bad input. */
public class ActivityAlreadyWithdrawn extends IllegalStep {

    public ActivityAlreadyWithdrawn() {
        super(ActivityState.WITHDRAW, ActivityState.WITHDRAWN.name(), ActivityState.WITHDRAWN.allowedActions(),
                "该活动已撤销", "the activity has already been withdrawn");
    }
}
