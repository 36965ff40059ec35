package org.minyi.deputy.model;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.UnknownReference;

import java.util.Optional;

/**
 * The county's reference data as deputies, groups and activities refer to it (docs/domain.md §3): each
 * check names the field and says what is unknown, once for the whole service.
 */
public final class CountyReferences {

    private CountyReferences() {
    }

    /** A township of this county, or the refusal naming {@code field}. */
    public static Optional<UnknownReference.Reference> township(String field, String code, CountyReference county) {
        return county.township(code).isPresent() ? Optional.empty()
                : Optional.of(new UnknownReference.Reference(field, "本县没有此乡镇", "no such township in this county"));
    }

    /** A unit of this county, or the refusal naming {@code field}. */
    public static Optional<UnknownReference.Reference> unit(String field, String code, CountyReference county) {
        return county.hasUnit(code) ? Optional.empty()
                : Optional.of(new UnknownReference.Reference(field, "本县没有此单位", "no such unit in this county"));
    }

    /**
     * The congress of a township or county mandate is one of this county's (a township of it, or the county
     * itself). Higher congresses (city, province, national) are outside the county's reference data: their
     * codes are checked for form only ({@link MandatePolicy#requireCongressCode}).
     */
    public static Optional<UnknownReference.Reference> congress(String field, NewMandate mandate, CountyReference county) {
        if (mandate.level() == MandateLevel.TOWNSHIP && county.township(mandate.congressCode()).isEmpty()) {
            return Optional.of(new UnknownReference.Reference(field, "本县没有此乡镇人大",
                    "no such township congress in this county"));
        }
        if (mandate.level() == MandateLevel.COUNTY && !county.county().code().equals(mandate.congressCode())) {
            return Optional.of(new UnknownReference.Reference(field, "县级人大代码应为本县代码",
                    "a county mandate belongs to this county's congress"));
        }
        return Optional.empty();
    }
}
