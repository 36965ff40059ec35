package org.minyi.deputy.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mandate rules on their own, without Axon or Spring. */
class MandatePolicyTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(
            Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate BORN = LocalDate.of(1980, 5, 1);

    @ParameterizedTest(name = "{0} \"{1}\" valid = {2}")
    @CsvSource({
            "TOWNSHIP, 339901101,  true",
            "TOWNSHIP, 339901,     false",
            "TOWNSHIP, 3399011011, false",
            "TOWNSHIP, 33990110x,  false",
            "TOWNSHIP, '',         false",
            "COUNTY,   339901,     true",
            "COUNTY,   339901101,  false",
            "COUNTY,   3399,       false",
            "COUNTY,   '   ',      false",
            "CITY,     339900,     true",
            "CITY,     33990,      false",
            "PROVINCE, 330000,     true",
            "NATIONAL, 100000,     true",
            "NATIONAL, ''     ,    false",
    })
    void theCongressCodeFormatDependsOnTheLevel(MandateLevel level, String code, boolean valid) {
        if (valid) {
            assertThatCode(() -> MandatePolicy.requireCongressCode("c", level, code)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MandatePolicy.requireCongressCode("c", level, code))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("c"));
        }
    }

    @Test
    void aMissingCongressCodeIsRefused() {
        assertThatThrownBy(() -> MandatePolicy.requireCongressCode("c", MandateLevel.COUNTY, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("the congress code is required");
    }

    @ParameterizedTest(name = "born {0}, on {1}: of age = {2}")
    @CsvSource({
            "2000-06-15, 2018-06-14, false",
            "2000-06-15, 2018-06-15, true",
            "2000-06-15, 2030-01-01, true",
            // born on 29 February: of age on 28 February of the 18th year (LocalDate.plusYears)
            "2004-02-29, 2022-02-27, false",
            "2004-02-29, 2022-02-28, true",
    })
    void aDeputyIsOfAgeFromTheEighteenthBirthday(LocalDate born, LocalDate on, boolean ofAge) {
        assertThat(MandatePolicy.isOfAge(born, on)).isEqualTo(ofAge);
    }

    @ParameterizedTest(name = "{0}: refused on {1}")
    @CsvSource(nullValues = "none", value = {
            "TOWNSHIP, 339901101, 18,   2021-12-20, none",
            "TOWNSHIP, 339901101, 1,    2026-03-10, none",
            "none,     339901101, 18,   2021-12-20, m.level",
            "TOWNSHIP, 339901,    18,   2021-12-20, m.congressCode",
            "COUNTY,   339901,    0,    2021-12-20, m.term",
            "COUNTY,   339901,    none, 2021-12-20, m.term",
            "COUNTY,   339901,    17,   none,       m.electedOn",
            "COUNTY,   339901,    17,   2026-03-11, m.electedOn",
            "COUNTY,   339901,    17,   1998-04-30, m.electedOn",
            "COUNTY,   339901,    17,   1998-05-01, none",
    })
    void aNewMandateIsChecked(MandateLevel level, String code, Integer term, LocalDate electedOn, String field) {
        NewMandate mandate = new NewMandate(level, code, term, electedOn);
        if (field == null) {
            assertThatCode(() -> MandatePolicy.requireValidNew("m", mandate, BORN, CALENDAR))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MandatePolicy.requireValidNew("m", mandate, BORN, CALENDAR))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
        }
    }

    @Test
    void aNullMandateIsRefused() {
        assertThatThrownBy(() -> MandatePolicy.requireValidNew("mandates[0]", null, BORN, CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("mandates[0]"));
    }

    @Test
    void oneServingMandatePerLevel() {
        Mandate servingCounty = Mandate.serving(new NewMandate(MandateLevel.COUNTY, "339901", 17, BORN.plusYears(40)));
        Mandate endedTownship = Mandate.serving(new NewMandate(MandateLevel.TOWNSHIP, "339901101", 17,
                BORN.plusYears(40))).ended(TODAY, MandateEndReason.RESIGNED);
        List<Mandate> held = List.of(servingCounty, endedTownship);

        assertThatThrownBy(() -> MandatePolicy.requireNoneServingAt("level", MandateLevel.COUNTY, held))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("level"));
        assertThatCode(() -> MandatePolicy.requireNoneServingAt("level", MandateLevel.TOWNSHIP, held))
                .doesNotThrowAnyException();
        assertThatCode(() -> MandatePolicy.requireNoneServingAt("level", MandateLevel.NATIONAL, held))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "ended {0} for {1}: refused on {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-03-10, RESIGNED, none",
            "2026-03-11, RESIGNED, endedOn",
            "none,       RESIGNED, endedOn",
            "2026-03-10, none,     reason",
    })
    void anEndNeedsAPastOrPresentDateAndAReason(LocalDate endedOn, MandateEndReason reason, String field) {
        if (field == null) {
            assertThatCode(() -> MandatePolicy.requireValidEnd(endedOn, reason, CALENDAR)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MandatePolicy.requireValidEnd(endedOn, reason, CALENDAR))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
        }
    }

    @Test
    void aMandateEndsNoEarlierThanItsElection() {
        Mandate mandate = Mandate.serving(new NewMandate(MandateLevel.COUNTY, "339901", 17, LocalDate.of(2021, 12, 20)));
        assertThatCode(() -> MandatePolicy.requireEndNotBeforeElection(mandate, LocalDate.of(2021, 12, 20)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MandatePolicy.requireEndNotBeforeElection(mandate, LocalDate.of(2021, 12, 19)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("the end date must not be before the election date (2021-12-20)");
    }
}
