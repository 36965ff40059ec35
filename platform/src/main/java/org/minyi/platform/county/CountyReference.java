package org.minyi.platform.county;

import java.util.List;
import java.util.Optional;

/**
 * The county a deployment serves: its townships (the tenancy key of every record), their villages,
 * the handling units of the townships and of the county, the workflows' deadlines and the deputies' points scheme. Loaded from the
 * deployment file at start.
 */
public record CountyReference(County county, List<Township> townships, Deadlines deadlines, PointsRules points) {

    public CountyReference {
        deadlines = deadlines == null ? Deadlines.DEFAULTS : deadlines;
        points = points == null ? PointsRules.DEFAULTS : points;
    }

    /** A county with the default deadlines and points scheme. */
    public CountyReference(County county, List<Township> townships) {
        this(county, townships, null, null);
    }

    public record County(String code, String name, List<Unit> units) {
    }

    public record Township(String code, String name, List<Village> villages, List<Unit> units) {
    }

    public record Village(String code, String name) {
    }

    public record Unit(String code, String name) {
    }

    public Optional<Township> township(String code) {
        return townships.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public boolean hasVillage(String townshipCode, String villageCode) {
        return township(townshipCode).map(t -> t.villages().stream().anyMatch(v -> v.code().equals(villageCode)))
                .orElse(false);
    }

    /** A unit of the township or of the county: both may handle a township's items. */
    public boolean hasUnit(String unitCode) {
        return county.units().stream().anyMatch(u -> u.code().equals(unitCode))
                || townships.stream().flatMap(t -> t.units().stream()).anyMatch(u -> u.code().equals(unitCode));
    }
}
