package org.minyi.platform.model;

/**
 * A command names something that does not exist where it must (a unit or village the county's reference
 * data does not have for the item, an item that is not there): refused with 422 {@code unknown-reference}
 * naming the field, nothing changed. Thrown from aggregates and policies, which know nothing of HTTP.
 */
public class UnknownReference extends RuntimeException {

    private final String field;
    private final String messageZh;

    public UnknownReference(String field, String messageZh, String messageEn) {
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
