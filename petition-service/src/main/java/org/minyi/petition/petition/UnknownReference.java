package org.minyi.petition.petition;

/**
 * A step names something the county's reference data does not have for this petition (a unit, a
 * village): 422 {@code unknown-reference} naming the field.
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
