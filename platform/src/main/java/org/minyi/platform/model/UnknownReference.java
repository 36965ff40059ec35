package org.minyi.platform.model;

import java.util.List;

/**
 * A command names something that does not exist where it must (a unit or village the county's reference
 * data does not have for the item, an item that is not there): refused with 422 {@code unknown-reference}
 * naming every such field, nothing changed. Thrown from aggregates and policies, which know nothing of HTTP.
 */
public class UnknownReference extends RuntimeException {

    /** One field that refers to nothing known, with why, in both languages. */
    public record Reference(String field, String messageZh, String messageEn) {
    }

    private final List<Reference> references;

    public UnknownReference(String field, String messageZh, String messageEn) {
        this(List.of(new Reference(field, messageZh, messageEn)));
    }

    /** Several fields at once, so that a clerk fixes them all in one go; at least one. */
    public UnknownReference(List<Reference> references) {
        super(references.get(0).messageEn());
        this.references = List.copyOf(references);
    }

    /** Refuses when any reference was collected; does nothing otherwise. */
    public static void refuseAny(List<Reference> references) {
        if (!references.isEmpty()) {
            throw new UnknownReference(references);
        }
    }

    public List<Reference> references() {
        return references;
    }

    /** The first field, for a refusal of one. */
    public String field() {
        return references.get(0).field();
    }

    public String messageZh() {
        return references.get(0).messageZh();
    }

    public String messageEn() {
        return getMessage();
    }
}
