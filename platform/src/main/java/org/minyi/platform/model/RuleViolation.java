package org.minyi.platform.model;

/**
 * A command broke a rule of the domain: refused with 400 and the field it concerns, nothing changed.
 * Thrown from aggregates and policies, which know nothing of HTTP.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageZh;

    public RuleViolation(String field, String messageZh, String messageEn) {
        super(messageEn);
        this.field = field;
        this.messageZh = messageZh;
    }

    public String field() {
        return field;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
    }
}
