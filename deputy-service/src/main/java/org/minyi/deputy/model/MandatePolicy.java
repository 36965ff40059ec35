package org.minyi.deputy.model;

import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The rules a mandate must keep when it starts and when it ends (docs/domain.md §3). Plain static checks that
 * throw {@link RuleViolation} naming the field; {@code field} is the path of the mandate in the request
 * (e.g. {@code mandates[1]} or {@code mandate}) and the checked part is appended to it.
 */
public final class MandatePolicy {

    /** A deputy must be at least this old on the day of election. */
    public static final int MINIMUM_AGE = 18;

    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

    private MandatePolicy() {
    }

    /** Checks a mandate about to start for a deputy born on {@code birthDate} (already checked present). */
    public static void requireValidNew(String field, NewMandate mandate, LocalDate birthDate,
                                       BusinessCalendar calendar) {
        if (mandate == null) {
            throw new RuleViolation(field, "代表职务不能为空", "a mandate is required");
        }
        if (mandate.level() == null) {
            throw new RuleViolation(field + ".level", "请填写代表职务的层级", "the mandate's level is required");
        }
        requireCongressCode(field + ".congressCode", mandate.level(), mandate.congressCode());
        if (mandate.term() == null || mandate.term() < 1) {
            throw new RuleViolation(field + ".term", "届次必须为正整数", "the term must be 1 or more");
        }
        if (mandate.electedOn() == null) {
            throw new RuleViolation(field + ".electedOn", "请填写当选日期", "the election date is required");
        }
        calendar.requireNotFuture(field + ".electedOn", mandate.electedOn());
        if (!isOfAge(birthDate, mandate.electedOn())) {
            throw new RuleViolation(field + ".electedOn", "当选时须年满" + MINIMUM_AGE + "周岁",
                    "the deputy must be at least " + MINIMUM_AGE + " years old when elected");
        }
    }

    /**
     * The congress code is the statistical division code of the congress: 9 digits for a township
     * congress, 6 for a county one and for the levels above (city, province; the national congress
     * takes the 6-digit code the deployment chooses for it). Format only: whether the code is known is
     * the caller's check against the reference data.
     */
    public static void requireCongressCode(String field, MandateLevel level, String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation(field, "请填写所属人大的区划代码", "the congress code is required");
        }
        if (level == MandateLevel.TOWNSHIP && !TOWNSHIP_CODE.matcher(code).matches()) {
            throw new RuleViolation(field, "乡镇人大的代码应为9位乡镇区划代码",
                    "a township congress code is the 9-digit township code");
        }
        if (level != MandateLevel.TOWNSHIP && !DIVISION_CODE.matcher(code).matches()) {
            throw new RuleViolation(field, "县级及以上人大的代码应为6位区划代码",
                    "a county or higher congress code is a 6-digit division code");
        }
    }

    /** True when someone born on {@code birthDate} has turned {@value #MINIMUM_AGE} by {@code on}. */
    public static boolean isOfAge(LocalDate birthDate, LocalDate on) {
        return !birthDate.plusYears(MINIMUM_AGE).isAfter(on);
    }

    /** A deputy serves at most one mandate per level: refuses a new one at a level already served. */
    public static void requireNoneServingAt(String field, MandateLevel level, Collection<Mandate> held) {
        if (held.stream().anyMatch(m -> m.level() == level && m.isServing())) {
            throw new RuleViolation(field, "该代表在同一层级只能有一个在任的代表职务",
                    "the deputy already serves a mandate at level " + level);
        }
    }

    /** Checks the input of ending a mandate that does not depend on the mandate itself. */
    public static void requireValidEnd(LocalDate endedOn, MandateEndReason reason, BusinessCalendar calendar) {
        if (endedOn == null) {
            throw new RuleViolation("endedOn", "请填写终止日期", "the end date is required");
        }
        calendar.requireNotFuture("endedOn", endedOn);
        if (reason == null) {
            throw new RuleViolation("reason", "请填写终止原因", "the reason the mandate ended is required");
        }
    }

    /** A mandate cannot end before it began. */
    public static void requireEndNotBeforeElection(Mandate serving, LocalDate endedOn) {
        if (endedOn.isBefore(serving.electedOn())) {
            throw new RuleViolation("endedOn", "终止日期不能早于当选日期（" + serving.electedOn() + "）",
                    "the end date must not be before the election date (" + serving.electedOn() + ")");
        }
    }
}
