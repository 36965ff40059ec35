package org.minyi.gateway.account;

import org.minyi.platform.security.Role;

import java.time.Instant;

/**
 * An account of the suite: a person or a client, its one role and its scope, which every token it
 * gets carries as claims. The password or secret is not part of it: only its hash is stored, and
 * only {@link AccountRepository#credentials} reads it.
 */
public record Account(String username, AccountKind kind, Role role, AccountScope scope, boolean enabled, long version,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
