package org.minyi.petition.model;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.UnknownReference;

import java.util.ArrayList;
import java.util.List;

/**
 * What a petition refers to in the county's reference data (docs/domain.md §2) and the one refusal, in both
 * languages, for each thing that is not there (422 naming the field): its township and village, the unit it
 * accuses, the unit it is assigned to, the original of a repeat.
 */
public final class PetitionReferences {

    static final UnknownReference.Reference NO_TOWNSHIP = new UnknownReference.Reference("townshipCode",
            "本县没有此乡镇", "no such township in this county");
    static final UnknownReference.Reference NO_VILLAGE = new UnknownReference.Reference("villageCode",
            "该乡镇没有此村（社区）", "no such village in this township");
    static final UnknownReference.Reference NO_ACCUSED_UNIT = new UnknownReference.Reference("accusedUnitCode",
            "没有此单位", "no such unit");

    private PetitionReferences() {
    }

    /** At intake: the township, the village within it and the accused unit, every unknown one named at once. */
    static void requireIntake(CountyReference county, String townshipCode, String villageCode, String accusedUnitCode) {
        List<UnknownReference.Reference> unknown = new ArrayList<>();
        if (county.township(townshipCode).isEmpty()) {
            unknown.add(NO_TOWNSHIP);
        } else if (villageCode != null && !county.hasVillage(townshipCode, villageCode)) {
            unknown.add(NO_VILLAGE);
        }
        if (accusedUnitCode != null && !county.hasUnit(accusedUnitCode)) {
            unknown.add(NO_ACCUSED_UNIT);
        }
        UnknownReference.refuseAny(unknown);
    }

    static void requireVillage(CountyReference county, String townshipCode, String villageCode) {
        if (!county.hasVillage(townshipCode, villageCode)) {
            throw new UnknownReference(List.of(NO_VILLAGE));
        }
    }

    /** The unit must be one that may handle the township's petition ({@link #mayHandle}). */
    static void requireHandlingUnit(CountyReference county, String townshipCode, String unitCode) {
        if (!mayHandle(county, townshipCode, unitCode)) {
            throw new UnknownReference("unitCode", "本乡镇和县级没有此承办单位",
                    "no such handling unit in this township or at county level");
        }
    }

    /** The original of a repeat is not known to the caller (not there, or not one it may read). */
    static UnknownReference noOriginal() {
        return new UnknownReference("repeatOf", "没有可关联的原信访件", "no such original petition");
    }

    /**
     * Which units may handle a township's petition: the township's own units (its government, stations and
     * offices) and the county-level units. A unit of another township is not one of them.
     */
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
