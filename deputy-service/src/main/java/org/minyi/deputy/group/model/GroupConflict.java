package org.minyi.deputy.group.model;

import org.minyi.platform.model.IllegalStep;

import java.util.UUID;

/**
 * A group step that conflicts with what is stored (a member added twice, the leader removed, a deputy
 * already in another deputy group): 409 {@code group-conflict}, not bad input.
 */
public class GroupConflict extends IllegalStep {

    public static final String TYPE = "group-conflict";

    public GroupConflict(String messageZh, String messageEn) {
        super(TYPE, null, null, null, messageZh, messageEn);
    }

    /** A deputy may be in one deputy group only (docs/domain.md §3): {@code other} has them already. */
    public static GroupConflict inAnotherDeputyGroup(UUID deputyId, GroupDirectory.GroupRef other) {
        return new GroupConflict("该代表已属于代表小组“" + other.name() + "”，每位代表只能属于一个代表小组",
                "the deputy " + deputyId + " is already in the deputy group " + other.id()
                        + "; a deputy is in one deputy group only");
    }

    /** The same rule when the view's unique index, not the check before it, found the other group. */
    public static GroupConflict inAnotherDeputyGroup() {
        return new GroupConflict("该代表已属于另一个代表小组，每位代表只能属于一个代表小组",
                "the deputy is already in another deputy group; a deputy is in one deputy group only");
    }
}
