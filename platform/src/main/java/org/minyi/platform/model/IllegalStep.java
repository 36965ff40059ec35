package org.minyi.platform.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step the item's current state does not allow (a petition answered before it is completed, a mandate
 * ended twice, a member added to a group twice): refused with 409, nothing changed. Each aggregate names
 * the state it is in and the steps it would allow instead, so a client can offer those. Thrown from
 * aggregates and policies, which know nothing of HTTP; the web layer maps every subclass the same way.
 */
public class IllegalStep extends RuntimeException {

    /** The problem type slug of a step out of order. */
    public static final String TYPE = "illegal-step";

    private final String type;
    private final String action;
    private final String currentState;
    private final List<String> allowedActions;
    private final String messageZh;
    private final Map<String, Object> details = new LinkedHashMap<>();

    public IllegalStep(String action, String currentState, List<String> allowedActions, String messageZh, String messageEn) {
        this(TYPE, action, currentState, allowedActions, messageZh, messageEn);
    }

    /**
     * @param type           the problem type slug, {@link #TYPE} unless the refusal has a more specific one
     * @param action         the step that was refused, or null when the refusal is not about one named step
     * @param currentState   the state the item is in, or null when it has none to name
     * @param allowedActions the steps the state allows now, in the order a client should offer them
     */
    protected IllegalStep(String type, String action, String currentState, List<String> allowedActions,
                          String messageZh, String messageEn) {
        super(messageEn);
        this.type = type;
        this.action = action;
        this.currentState = currentState;
        this.allowedActions = allowedActions == null ? null : List.copyOf(allowedActions);
        this.messageZh = messageZh;
    }

    public String type() {
        return type;
    }

    public String action() {
        return action;
    }

    public String currentState() {
        return currentState;
    }

    /** The steps allowed now, or null when the refusal does not speak of steps (then none is shown). */
    public List<String> allowedActions() {
        return allowedActions;
    }

    public String messageZh() {
        return messageZh;
    }

    /** What else the refusal names for a client, beside the state and the steps (e.g. a mandate's level). */
    public Map<String, Object> details() {
        return details;
    }

    /** Adds a detail the problem carries as a property of its own. */
    protected void detail(String name, Object value) {
        details.put(name, value);
    }

    public String messageEn() {
        return getMessage();
    }
}
