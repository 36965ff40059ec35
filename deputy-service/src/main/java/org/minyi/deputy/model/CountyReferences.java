package org.minyi.deputy.model;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The county's reference data as deputies, groups and activities refer to it (docs/domain.md §3): the form
 * of a township code, and whether the county has the township, unit or congress named. Each check names the
 * field and says what is wrong, in one place for the whole service.
 */
public final class CountyReferences {

    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");

    private CountyReferences() {
    }

    /** A township code has the form of one (9 digits) before the county is asked whether it has it. */
    public static void requireTownshipCodeForm(String code) {
        if (code == null || !TOWNSHIP_CODE.matcher(code).matches()) {
            throw new RuleViolation("townshipCode", "所在乡镇应为9位乡镇区划代码", "the township code is the 9-digit township code");
        }
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
