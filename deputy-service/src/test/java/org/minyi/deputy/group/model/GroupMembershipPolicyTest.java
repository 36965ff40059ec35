package org.minyi.deputy.group.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateEndReason;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.RosterDeputy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain.md §3: a group of a township mixes the township's deputies and the county deputies living in it. */
class GroupMembershipPolicyTest {

    private static final String TOWNSHIP = "339901101";
    private static final String OTHER_TOWNSHIP = "339901102";
    private static final String COUNTY = "339901";
    private static final LocalDate ELECTED = LocalDate.of(2021, 12, 20);
    private static final LocalDate ENDED = LocalDate.of(2025, 6, 30);

    /**
     * Each mandate is {@code LEVEL:congress:S} (serving) or {@code LEVEL:congress:E} (ended), separated by
     * {@code /}; the deputy lives in {@code home}.
     */
    @ParameterizedTest(name = "living in {0} with {1}: eligible for {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            339901101 | TOWNSHIP:339901101:S                      | 339901101 | true
            339901102 | TOWNSHIP:339901101:S                      | 339901101 | true
            339901101 | TOWNSHIP:339901102:S                      | 339901101 | false
            339901102 | TOWNSHIP:339901102:S                      | 339901101 | false
            339901101 | COUNTY:339901:S                           | 339901101 | true
            339901102 | COUNTY:339901:S                           | 339901101 | false
            339901101 | TOWNSHIP:339901101:E                      | 339901101 | false
            339901101 | COUNTY:339901:E                           | 339901101 | false
            339901101 | TOWNSHIP:339901101:E/COUNTY:339901:E      | 339901101 | false
            339901101 | TOWNSHIP:339901101:E/COUNTY:339901:S      | 339901101 | true
            339901102 | TOWNSHIP:339901101:E/TOWNSHIP:339901101:S | 339901101 | true
            339901102 | TOWNSHIP:339901102:S/COUNTY:339901:S      | 339901101 | false
            339901101 | TOWNSHIP:339901102:S/COUNTY:339901:S      | 339901101 | true
            339901101 | CITY:339900:S                             | 339901101 | false
            339901101 | PROVINCE:330000:S/NATIONAL:100000:S       | 339901101 | false
            """)
    void whoMayBeAMember(String home, String mandates, String township, boolean eligible) {
        Optional<String[]> refusal = GroupMembershipPolicy.refusal(Optional.of(deputy(home, mandates)), township);
        if (eligible) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(r -> assertThat(r).containsExactly(
                    "不是本乡镇人大或居住在本乡镇的县人大在任代表",
                    "not a serving deputy of this township's congress, nor a serving county deputy living in it"));
        }
    }

    @Test
    void aTownshipDeputyOfThisTownshipIsEligible() {
        assertThat(GroupMembershipPolicy.refusal(Optional.of(deputy(TOWNSHIP, "TOWNSHIP:" + TOWNSHIP + ":S")), TOWNSHIP))
                .isEmpty();
    }

    @Test
    void aTownshipDeputyOfAnotherTownshipIsNot() {
        assertThat(GroupMembershipPolicy.refusal(
                Optional.of(deputy(TOWNSHIP, "TOWNSHIP:" + OTHER_TOWNSHIP + ":S")), TOWNSHIP)).isPresent();
    }

    @Test
    void aCountyDeputyLivingInTheTownshipIsEligible() {
        assertThat(GroupMembershipPolicy.refusal(Optional.of(deputy(TOWNSHIP, "COUNTY:" + COUNTY + ":S")), TOWNSHIP))
                .isEmpty();
    }

    @Test
    void aCountyDeputyLivingElsewhereIsNot() {
        assertThat(GroupMembershipPolicy.refusal(Optional.of(deputy(OTHER_TOWNSHIP, "COUNTY:" + COUNTY + ":S")),
                TOWNSHIP)).isPresent();
    }

    @Test
    void endedMandatesDoNotCount() {
        assertThat(GroupMembershipPolicy.refusal(Optional.of(deputy(TOWNSHIP,
                "TOWNSHIP:" + TOWNSHIP + ":E/COUNTY:" + COUNTY + ":E")), TOWNSHIP)).isPresent();
    }

    @Test
    void anUnknownDeputyIsRefused() {
        assertThat(GroupMembershipPolicy.refusal(Optional.empty(), TOWNSHIP))
                .hasValueSatisfying(r -> assertThat(r).containsExactly("没有此代表", "no such deputy"));
    }

    private static RosterDeputy deputy(String home, String mandates) {
        List<Mandate> held = new ArrayList<>();
        for (String m : mandates.split("/")) {
            String[] part = m.strip().split(":");
            boolean serving = part[2].equals("S");
            held.add(new Mandate(MandateLevel.valueOf(part[0]), part[1], 18, ELECTED,
                    serving ? MandateStatus.SERVING : MandateStatus.ENDED, serving ? null : ENDED,
                    serving ? null : MandateEndReason.RESIGNED));
        }
        return new RosterDeputy(UUID.fromString("6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11"), home, held);
    }
}
