package org.minyi.reporting.kernel;

import org.minyi.platform.county.CountyReference;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The names a ledger prints beside the codes the facts carry, from the county reference. */
@Component
public class CountyNames {

    private final CountyReference county;
    private final Map<String, String> units;
    private final Map<String, String> villages;

    public CountyNames(CountyReference county) {
        this.county = county;
        this.units = Stream.concat(county.county().units().stream(), county.townships().stream().flatMap(t -> t.units().stream()))
                .collect(Collectors.toMap(CountyReference.Unit::code, CountyReference.Unit::name, (first, again) -> first));
        Map<String, String> villageNames = new HashMap<>();
        county.townships().forEach(t -> t.villages().forEach(v -> villageNames.put(v.code(), v.name())));
        this.villages = Map.copyOf(villageNames);
    }

    /** The township's name; its code when the county does not know it; null for null. */
    public String township(String code) {
        return code == null ? null : county.township(code).map(CountyReference.Township::name).orElse(code);
    }

    /** The handling unit's name (a county or a township unit); null when unknown or null. */
    public String unit(String code) {
        return code == null ? null : units.get(code);
    }

    /** Every village's name by code. */
    public Map<String, String> villages() {
        return villages;
    }
}
