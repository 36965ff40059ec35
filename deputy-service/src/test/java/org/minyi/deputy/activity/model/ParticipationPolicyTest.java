package org.minyi.deputy.activity.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateEndReason;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.RosterDeputy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may be logged as taking part: a deputy holding a mandate on the day of the activity. */
class ParticipationPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest(name = "elected {0}, ended {1}: took part on 2025-06-15 = {2}")
    @CsvSource(nullValues = "none", value = {
            "2021-12-20, none,       true",
            "2025-06-14, none,       true",
            "2025-06-15, none,       true",
            "2025-06-16, none,       false",
            "2021-12-20, 2025-06-14, false",
            "2021-12-20, 2025-06-15, true",
            "2021-12-20, 2025-06-16, true",
            "2025-06-15, 2025-06-15, true",
            "2016-12-20, 2021-12-19, false",
    })
    void aDeputyHeldAMandateOnTheDay(LocalDate elected, LocalDate ended, boolean tookPart) {
        Mandate mandate = mandate(MandateLevel.COUNTY, "339901", elected, ended);
        assertThat(ParticipationPolicy.servedOn(mandate, DAY)).isEqualTo(tookPart);
        Optional<String[]> refusal = ParticipationPolicy.refusal(Optional.of(deputy(mandate)), DAY);
        if (tookPart) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(r -> assertThat(r).containsExactly("活动当日该代表不在任",
                    "the deputy held no mandate on the day of the activity"));
        }
    }

    @Test
    void electedBeforeTheDayTakesPart() {
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(mandate(MandateLevel.TOWNSHIP, "339901101",
                DAY.minusDays(1), null))), DAY)).isEmpty();
    }

    @Test
    void electedOnTheDayTakesPart() {
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(mandate(MandateLevel.TOWNSHIP, "339901101",
                DAY, null))), DAY)).isEmpty();
    }

    @Test
    void electedAfterTheDayDoesNot() {
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(mandate(MandateLevel.TOWNSHIP, "339901101",
                DAY.plusDays(1), null))), DAY)).isPresent();
    }

    @Test
    void endedBeforeTheDayDoesNot() {
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(mandate(MandateLevel.TOWNSHIP, "339901101",
                DAY.minusYears(3), DAY.minusDays(1)))), DAY)).isPresent();
    }

    @Test
    void endedOnTheDayStillTakesPart() {
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(mandate(MandateLevel.TOWNSHIP, "339901101",
                DAY.minusYears(3), DAY))), DAY)).isEmpty();
    }

    @Test
    void endedAfterTheDayTakesPart() {
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(mandate(MandateLevel.TOWNSHIP, "339901101",
                DAY.minusYears(3), DAY.plusDays(1)))), DAY)).isEmpty();
    }

    @Test
    void oneMandateHeldOnTheDayIsEnough() {
        Mandate endedBefore = mandate(MandateLevel.TOWNSHIP, "339901101", DAY.minusYears(5), DAY.minusDays(10));
        Mandate electedAfter = mandate(MandateLevel.COUNTY, "339901", DAY.plusDays(10), null);
        Mandate city = mandate(MandateLevel.CITY, "339900", DAY.minusYears(1), null);
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(endedBefore, electedAfter)), DAY)).isPresent();
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(endedBefore, electedAfter, city)), DAY)).isEmpty();
    }

    @Test
    void aGapBetweenTwoTermsIsNotServing() {
        Mandate term17 = mandate(MandateLevel.COUNTY, "339901", LocalDate.of(2016, 12, 20), DAY.minusDays(1));
        Mandate term18 = mandate(MandateLevel.COUNTY, "339901", DAY.plusDays(1), null);
        assertThat(ParticipationPolicy.refusal(Optional.of(deputy(term17, term18)), DAY)).isPresent();
    }

    @Test
    void anUnknownDeputyIsRefused() {
        assertThat(ParticipationPolicy.refusal(Optional.empty(), DAY))
                .hasValueSatisfying(r -> assertThat(r).containsExactly("没有此代表", "no such deputy"));
    }

    private static Mandate mandate(MandateLevel level, String congress, LocalDate elected, LocalDate ended) {
        return ended == null
                ? new Mandate(level, congress, 18, elected, MandateStatus.SERVING, null, null)
                : new Mandate(level, congress, 17, elected, MandateStatus.ENDED, ended, MandateEndReason.TERM_EXPIRED);
    }

    private static RosterDeputy deputy(Mandate... mandates) {
        return new RosterDeputy(UUID.fromString("6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11"), "339901101", List.of(mandates));
    }
}
