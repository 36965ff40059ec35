package org.minyi.deputy.model;

import org.minyi.platform.model.IllegalStep;

/**
 * A mandate step that the mandate's current state does not allow, e.g. ending a mandate that is not
 * serving: 409 naming the current state ({@code NONE} when the deputy holds no mandate at that level)
 * and the steps it allows instead.
 */
public class IllegalMandateState extends IllegalStep {

    private final MandateLevel level;
    private final MandateStatus state;

    public IllegalMandateState(MandateLevel level, MandateStatus currentState) {
        super(MandateStatus.END, currentState == null ? "NONE" : currentState.name(),
                MandateStatus.allowedActions(currentState),
                currentState == null
                        ? "该代表没有" + levelZh(level) + "代表职务"
                        : "该代表的" + levelZh(level) + "代表职务已终止",
                currentState == null
                        ? "the deputy holds no mandate at level " + level
                        : "the deputy's mandate at level " + level + " is " + currentState + ", not SERVING");
        this.level = level;
        this.state = currentState;
        detail("level", level.name());
    }

    public MandateLevel level() {
        return level;
    }

    /** The state of the deputy's latest mandate at the level, or null when there is none. */
    public MandateStatus mandateState() {
        return state;
    }

    private static String levelZh(MandateLevel level) {
        return switch (level) {
            case TOWNSHIP -> "乡镇人大";
            case COUNTY -> "县级人大";
            case CITY -> "市级人大";
            case PROVINCE -> "省级人大";
            case NATIONAL -> "全国人大";
        };
    }
}
