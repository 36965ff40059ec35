package org.minyi.deputy.group.model;

import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.view.DeputyView;

import java.util.Optional;

/**
 * Who may be a member of a township's group (DOMAIN §3): a serving deputy of that township's congress,
 * or a serving county deputy living in the township (groups mix both). Needs the roster, so it is
 * checked before the command; a stale answer is harmless because the office typed the member in.
 */
public final class GroupMembershipPolicy {

    private GroupMembershipPolicy() {
    }

    /** Why the deputy may not join a group of the township, or empty when they may. */
    public static Optional<String[]> refusal(Optional<DeputyView> deputy, String townshipCode) {
        if (deputy.isEmpty()) {
            return Optional.of(new String[]{"没有此代表", "no such deputy"});
        }
        DeputyView d = deputy.get();
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
