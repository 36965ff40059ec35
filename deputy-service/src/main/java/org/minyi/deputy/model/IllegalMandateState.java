package org.minyi.deputy.model;

/**
 * A mandate step that the mandate's current state does not allow, e.g. ending a mandate that is not
 * serving. Not bad input but a conflict with what is stored: the REST layer answers 409 with the
 * current state. {@code currentState} is null when the deputy holds no mandate at that level at all.
 */
public class IllegalMandateState extends RuntimeException {

    private final MandateLevel level;
    private final MandateStatus currentState;
    private final String messageZh;

    public IllegalMandateState(MandateLevel level, MandateStatus currentState) {
        super(currentState == null
                ? "the deputy holds no mandate at level " + level
                : "the deputy's mandate at level " + level + " is " + currentState + ", not SERVING");
        this.level = level;
        this.currentState = currentState;
        this.messageZh = currentState == null
                ? "该代表没有" + levelZh(level) + "代表职务"
                : "该代表的" + levelZh(level) + "代表职务已终止";
    }

    public MandateLevel level() {
        return level;
    }

    /** The state of the deputy's latest mandate at the level, or null when there is none. */
    public MandateStatus currentState() {
        return currentState;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
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
