package org.minyi.deputy.group.model;

/**
 * A group step that conflicts with what is stored (a member added twice, the leader removed, a deputy
 * already in another deputy group): 409, not bad input.
 */
public class GroupConflict extends RuntimeException {

    private final String messageZh;

    public GroupConflict(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
    }
}
