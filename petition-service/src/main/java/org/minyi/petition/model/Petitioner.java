package org.minyi.petition.model;

/** A person who petitions. Every field is personal data: never logged, never published. */
public record Petitioner(String name, String idNumber, String phone, String address) {

    @Override
    public String toString() {
        return "Petitioner[personal data]";
    }
}
