package org.minyi.deputy.group.model;

import java.util.Optional;
import java.util.UUID;

/**
 * The groups as the service's own view holds them, for the rules that reach beyond one group: a deputy
 * is in one deputy group, and an activity names a group of its township. A port: the aggregates ask it,
 * the group view answers (and its unique index holds the one-group rule when two offices race).
 */
public interface GroupDirectory {

    /** A group by id and name, as a refusal names it. */
    record GroupRef(UUID id, String name) {
    }

    /** The deputy group the deputy is in now, if any. */
    Optional<GroupRef> deputyGroupOf(UUID deputyId);

    /** The township of the group, or empty when there is no such group. */
    Optional<String> townshipOf(UUID groupId);
}
