package org.minyi.petition.model;

import org.minyi.platform.county.CountyReference;

/**
 * Which units may handle a township's petition: the township's own units (its government, stations and
 * offices) and the county-level units. A unit of another township is not one of them.
 */
public final class PetitionUnits {

    private PetitionUnits() {
    }

    public static boolean mayHandle(CountyReference county, String townshipCode, String unitCode) {
        if (unitCode == null) {
            return false;
        }
        return county.county().units().stream().anyMatch(u -> u.code().equals(unitCode))
                || county.township(townshipCode)
                .map(t -> t.units().stream().anyMatch(u -> u.code().equals(unitCode)))
                .orElse(false);
    }
}
