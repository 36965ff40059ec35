package org.minyi.deputy.model;

import java.util.List;

/**
 * A mandate's lifecycle (docs/domain.md §3): elected, it is {@code SERVING}; {@code END} makes it
 * {@code ENDED}, for good (a later term is a new mandate). The aggregate, its illegal-step refusal and the
 * deputy view all take the states and steps from here.
 */
public enum MandateStatus {
    SERVING,
    ENDED;

    /** The one step on a mandate. */
    public static final String END = "END";

    /** The state of a mandate once elected. */
    public static MandateStatus onElection() {
        return SERVING;
    }

    /** The state after {@code END}; only a serving mandate ends. */
    public MandateStatus afterEnd() {
        if (this != SERVING) {
            throw new IllegalStateException("a " + this + " mandate does not end");
        }
        return ENDED;
    }

    /** The steps this state allows, for a client to offer; none when {@code state} is null (no mandate). */
    public static List<String> allowedActions(MandateStatus state) {
        return state == SERVING ? List.of(END) : List.of();
    }
}
