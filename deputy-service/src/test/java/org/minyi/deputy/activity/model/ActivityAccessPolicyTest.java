package org.minyi.deputy.activity.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.deputy.activity.view.ActivityView;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who logs, withdraws and reads duty activities, and who sees their free text (place, notes), cell by
 * cell: an activity in township 339901101 with deputies P1 and P2, logged by that township's clerk.
 */
class ActivityAccessPolicyTest {

    private static final String TOWNSHIP = "339901101";
    private static final UUID P1 = UUID.fromString("6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11");
    private static final UUID P2 = UUID.fromString("0b7d3c55-1f7e-4c7b-8a70-5c2f0d4f9e22");
    private static final String OTHER = "9a0e8c1f-3b2d-4e5f-8a7b-6c5d4e3f2a10";
    private static final ActivityView BY_CLERK = activity("clerk-339901101");
    private static final ActivityView BY_P1 = activity("deputy-p1");

    @ParameterizedTest(name = "{0} townships={1} deputy={2} account={3} → log {4}, free text {5}, withdraw {6}, read {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            COUNTY_ADMIN   | -                   | -                                    | admin           | true  | true  | true  | true
            TOWNSHIP_CLERK | 339901101           | -                                    | clerk-339901101 | true  | true  | true  | true
            TOWNSHIP_CLERK | 339901102,339901101 | -                                    | clerk-2         | true  | true  | true  | true
            TOWNSHIP_CLERK | 339901102           | -                                    | clerk-339901102 | false | false | false | true
            TOWNSHIP_CLERK | 339901102           | -                                    | clerk-339901101 | false | false | false | true
            TOWNSHIP_CLERK | -                   | -                                    | clerk-none      | false | false | false | true
            DEPUTY         | -                   | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | deputy-p1       | true  | true  | false | true
            DEPUTY         | -                   | 0B7D3C55-1F7E-4C7B-8A70-5C2F0D4F9E22 | deputy-p2       | true  | true  | false | true
            DEPUTY         | 339901101           | 9a0e8c1f-3b2d-4e5f-8a7b-6c5d4e3f2a10 | deputy-other    | false | false | false | true
            DEPUTY         | -                   | -                                    | deputy-none     | false | false | false | true
            LEADER         | -                   | -                                    | leader-county   | false | false | false | true
            LEADER         | 339901101           | -                                    | leader-township | false | false | false | true
            LEADER         | -                   | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | deputy-p1       | false | false | false | true
            HANDLING_UNIT  | -                   | -                                    | unit-mz         | false | false | false | true
            VIEWER         | -                   | -                                    | viewer          | false | false | false | true
            VIEWER         | 339901101           | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | deputy-p1       | false | false | false | true
            -              | 339901101           | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | clerk-339901101 | false | false | false | false
            """)
    void whoLogsWithdrawsAndReads(String role, String townships, String deputyId, String account, boolean log,
                                  boolean freeText, boolean withdraw, boolean read) {
        Caller caller = caller(role, townships, deputyId, account);
        assertThat(ActivityAccessPolicy.mayLog(caller, TOWNSHIP, List.of(P1, P2))).as("log").isEqualTo(log);
        assertThat(ActivityAccessPolicy.maySeeFreeText(caller, BY_CLERK)).as("free text").isEqualTo(freeText);
        assertThat(ActivityAccessPolicy.mayWithdraw(caller, BY_CLERK)).as("withdraw").isEqualTo(withdraw);
        assertThat(ActivityAccessPolicy.mayRead(caller)).as("read").isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} deputy={2} account={3} → withdraws what deputy-p1 logged: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DEPUTY         | -         | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | deputy-p1       | true
            DEPUTY         | -         | 0b7d3c55-1f7e-4c7b-8a70-5c2f0d4f9e22 | deputy-p2       | false
            DEPUTY         | -         | 9a0e8c1f-3b2d-4e5f-8a7b-6c5d4e3f2a10 | deputy-other    | false
            COUNTY_ADMIN   | -         | -                                    | admin           | true
            TOWNSHIP_CLERK | 339901101 | -                                    | clerk-339901101 | true
            TOWNSHIP_CLERK | 339901102 | -                                    | deputy-p1       | false
            LEADER         | -         | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | deputy-p1       | false
            HANDLING_UNIT  | -         | -                                    | deputy-p1       | false
            VIEWER         | -         | 6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11 | deputy-p1       | false
            """)
    void aDeputyWithdrawsWhatTheyLogged(String role, String townships, String deputyId, String account,
                                        boolean withdraw) {
        assertThat(ActivityAccessPolicy.mayWithdraw(caller(role, townships, deputyId, account), BY_P1))
                .isEqualTo(withdraw);
    }

    @Test
    void aDeputyLogsOnlyAnActivityTheyTookPartIn() {
        Caller p1 = caller("DEPUTY", null, P1.toString(), "deputy-p1");
        assertThat(ActivityAccessPolicy.mayLog(p1, "339901102", List.of(P2, P1))).isTrue();
        assertThat(ActivityAccessPolicy.mayLog(p1, TOWNSHIP, List.of(P2))).isFalse();
        assertThat(ActivityAccessPolicy.mayLog(p1, TOWNSHIP, List.of())).isFalse();
        assertThat(ActivityAccessPolicy.mayLog(p1, TOWNSHIP, null)).isFalse();
    }

    @Test
    void aClerkLogsOnlyInTheirTownships() {
        Caller clerk = caller("TOWNSHIP_CLERK", "339901101", null, "clerk-339901101");
        assertThat(ActivityAccessPolicy.mayLog(clerk, TOWNSHIP, List.of(P1))).isTrue();
        assertThat(ActivityAccessPolicy.mayLog(clerk, "339901102", List.of(P1))).isFalse();
    }

    @Test
    void theFreeTextOfAnActivityIsForTheParticipantsNotForOtherDeputies() {
        Caller p1 = caller("DEPUTY", null, P1.toString(), "deputy-p1");
        Caller other = caller("DEPUTY", null, OTHER, "deputy-other");
        ActivityView withoutP1 = new ActivityView(UUID.randomUUID(), ActivityType.SURVEY, null, LocalDate.of(2026, 3, 2),
                TOWNSHIP, null, List.of(P2), "某村", "走访了张某", 1, null, null, null, "clerk-339901101", null, 1);
        assertThat(ActivityAccessPolicy.maySeeFreeText(p1, BY_CLERK)).isTrue();
        assertThat(ActivityAccessPolicy.maySeeFreeText(p1, withoutP1)).isFalse();
        assertThat(ActivityAccessPolicy.maySeeFreeText(other, BY_CLERK)).isFalse();
    }

    private static Caller caller(String role, String townships, String deputyId, String account) {
        return new Caller(account, role == null ? null : Role.valueOf(role),
                townships == null ? List.of() : List.of(townships.split(",")), null, deputyId);
    }

    private static ActivityView activity(String recordedBy) {
        return new ActivityView(UUID.fromString("3e8d1f2a-6b4c-4d5e-9f01-2a3b4c5d6e7f"), ActivityType.VOTER_RECEPTION,
                null, LocalDate.of(2026, 3, 2), TOWNSHIP, null, List.of(P1, P2), "城关镇代表联络站", "收集道路修缮意见", 3,
                null, null, null, recordedBy, null, 2);
    }
}
