package org.minyi.deputy.model;

import java.util.List;
import java.util.UUID;

/** A deputy as the roster's rules need them: where they live and the mandates they held, ended ones included. */
public record RosterDeputy(UUID id, String townshipCode, List<Mandate> mandates) {

    /** Why a deputy id is refused when the roster does not know it, in both languages. */
    public static final String NO_SUCH_DEPUTY_ZH = "没有此代表";
    public static final String NO_SUCH_DEPUTY_EN = "no such deputy";
}
