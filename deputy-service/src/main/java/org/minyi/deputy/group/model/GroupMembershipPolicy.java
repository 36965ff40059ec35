package org.minyi.deputy.group.model;

import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.RosterDeputy;

import java.util.Optional;

/**
 * Who may be a member of a township's group (docs/domain.md §3): a serving deputy of that township's
 * congress, or a serving county deputy living in the township (groups mix both). The group asks the
 * roster ({@link org.minyi.deputy.model.Roster}); a stale answer is harmless because the office typed the
 * member in.
 */
public final class GroupMembershipPolicy {

    private GroupMembershipPolicy() {
    }

    /** Why the deputy may not join a group of the township ({@code [zh, en]}), or empty when they may. */
    public static Optional<String[]> refusal(Optional<RosterDeputy> deputy, String townshipCode) {
        if (deputy.isEmpty()) {
            return Optional.of(new String[]{RosterDeputy.NO_SUCH_DEPUTY_ZH, RosterDeputy.NO_SUCH_DEPUTY_EN});
        }
        RosterDeputy d = deputy.get();
        boolean eligible = d.mandates().stream().filter(Mandate::isServing).anyMatch(m ->
                (m.level() == MandateLevel.TOWNSHIP && m.congressCode().equals(townshipCode))
                        || (m.level() == MandateLevel.COUNTY && d.townshipCode().equals(townshipCode)));
        if (!eligible) {
            return Optional.of(new String[]{"不是本乡镇人大或居住在本乡镇的县人大在任代表",
                    "not a serving deputy of this township's congress, nor a serving county deputy living in it"});
        }
        return Optional.empty();
    }
}
