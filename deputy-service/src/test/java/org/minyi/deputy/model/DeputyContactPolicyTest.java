package org.minyi.deputy.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain.md §8: a deputy's private contact, cell by cell. */
class DeputyContactPolicyTest {

    private static final String DEPUTY = "6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11";
    private static final String OTHER_DEPUTY = "0b7d3c55-1f7e-4c7b-8a70-5c2f0d4f9e22";
    private static final String TOWNSHIP = "339901101";

    @ParameterizedTest(name = "{0} townships={1} unit={2} deputy={3} → contact {4}, read {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            COUNTY_ADMIN   | -                   | -          | -                                    | true  | true
            TOWNSHIP_CLERK | 339901101           | -          | -                                    | true  | true
            TOWNSHIP_CLERK | 339901102,339901101 | -          | -                                    | true  | true
            TOWNSHIP_CLERK | 339901102           | -          | -                                    | false | true
            DEPUTY         | -                   | -          | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | true  | true
            DEPUTY         | -                   | -          | 0b7d3c55-1f7e-4c7b-8a70-5c2f0d4f9e22 | false | true
            DEPUTY         | -                   | -          | -                                    | false | true
            LEADER         | -                   | -          | -                                    | false | true
            LEADER         | 339901101           | -          | -                                    | false | true
            LEADER         | 339901102           | -          | -                                    | false | true
            HANDLING_UNIT  | -                   | 339901-MZ  | -                                    | false | true
            VIEWER         | -                   | -          | -                                    | false | true
            -              | -                   | -          | -                                    | false | false
            """)
    void contactOnlyForTheOfficesOfTheDeputysTownshipAndTheDeputyThemself(String role, String townships, String unit,
                                                                           String deputyId, boolean contact,
                                                                           boolean read) {
        Caller caller = new Caller("someone", role == null ? null : Role.valueOf(role),
                townships == null ? List.of() : List.of(townships.split(",")), unit, deputyId);
        assertThat(DeputyContactPolicy.maySeeContact(caller, DEPUTY, TOWNSHIP)).isEqualTo(contact);
        assertThat(DeputyAccessPolicy.mayRead(caller, DEPUTY, TOWNSHIP)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            COUNTY_ADMIN   | -         | true
            TOWNSHIP_CLERK | 339901101 | true
            TOWNSHIP_CLERK | 339901102 | false
            LEADER         | -         | false
            DEPUTY         | -         | false
            HANDLING_UNIT  | -         | false
            VIEWER         | -         | false
            """)
    void onlyTheOfficesKeepTheRoster(String role, String townships, boolean change) {
        Caller caller = new Caller("someone", Role.valueOf(role),
                townships == null ? List.of() : List.of(townships), null, OTHER_DEPUTY);
        assertThat(DeputyAccessPolicy.mayChange(caller, TOWNSHIP)).isEqualTo(change);
    }
}
