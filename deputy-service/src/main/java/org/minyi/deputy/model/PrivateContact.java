package org.minyi.deputy.model;

/**
 * A deputy's private contact details. Personal data (docs/domain.md §8): never logged, never published,
 * shown only to the roles that need them.
 */
public record PrivateContact(String phone, String address) {

    @Override
    public String toString() {
        return "PrivateContact[personal data]";
    }
}
