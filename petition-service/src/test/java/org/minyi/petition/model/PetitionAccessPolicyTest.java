package org.minyi.petition.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minyi.petition.view.PetitionView;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain.md §8, cell by cell: who reads a petition, and which petitioner fields they see. */
class PetitionAccessPolicyTest {

    private static final String OWN = "339901101";
    private static final String OTHER = "339901102";
    private static final String ASSIGNED_UNIT = "339901101-ZF";
    private static final String ACCUSED_UNIT = "339901101-CJ";
    private static final VisiblePetitioner PERSON = new VisiblePetitioner(UUID.randomUUID(), "欧阳莉莎",
            "33990119870514872X", "13957104477", "杏花弄77号", false);

    private static PetitionView petition(String assignedUnit) {
        return PetitionFixtures.view(OWN, ACCUSED_UNIT, assignedUnit, List.of(PetitionFixtures.ONE));
    }

    private static Caller caller(String role, String townships, String unit) {
        return new Caller("someone", Role.valueOf(role),
                townships == null ? List.of() : Arrays.asList(townships.split(";")), unit, null);
    }

    @ParameterizedTest(name = "{0} townships={1} unit={2} → read {3}, receive in own {4}, receive in other {5}")
    @CsvSource(nullValues = "-", value = {
            // role,          townships,            unit,           read, receive own, receive other
            "COUNTY_ADMIN,    -,                    -,              true,  true,  true",
            "TOWNSHIP_CLERK,  339901101,            -,              true,  true,  false",
            "TOWNSHIP_CLERK,  339901102,            -,              false, false, true",
            "LEADER,          -,                    -,              true,  false, false",
            "LEADER,          339901101,            -,              true,  false, false",
            "LEADER,          339901102,            -,              false, false, false",
            "HANDLING_UNIT,   339901101,            339901101-ZF,   true,  false, false",
            "HANDLING_UNIT,   339901101,            339901101-SH,   false, false, false",
            "DEPUTY,          -,                    -,              false, false, false",
            "VIEWER,          -,                    -,              false, false, false"})
    void readAndReceive(String role, String townships, String unit, boolean read, boolean receiveOwn, boolean receiveOther) {
        Caller caller = caller(role, townships, unit);
        assertThat(PetitionAccessPolicy.mayRead(caller, petition(ASSIGNED_UNIT))).isEqualTo(read);
        boolean clerkOfOther = "339901102".equals(townships) && role.equals("TOWNSHIP_CLERK");
        // For the clerk of the other township, "own" and "other" swap: it covers OTHER only.
        assertThat(PetitionAccessPolicy.mayReceive(caller, OWN)).isEqualTo(clerkOfOther ? false : receiveOwn);
        assertThat(PetitionAccessPolicy.mayReceive(caller, OTHER)).isEqualTo(clerkOfOther ? true : receiveOther);
    }

    @ParameterizedTest(name = "{0} unit={1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "COUNTY_ADMIN,   -,             FULL",
            "TOWNSHIP_CLERK, -,             FULL",
            "HANDLING_UNIT,  339901101-ZF,  MASKED_ID",
            "HANDLING_UNIT,  339901101-CJ,  NONE",
            "HANDLING_UNIT,  339901101-SH,  NONE",
            "LEADER,         -,             NONE",
            "DEPUTY,         -,             NONE",
            "VIEWER,         -,             NONE"})
    void petitionerFieldsByRole(String role, String unit, PetitionerMaskingPolicy.Visibility expected) {
        var visibility = PetitionerMaskingPolicy.of(caller(role, OWN, unit), petition(ASSIGNED_UNIT));
        assertThat(visibility).isEqualTo(expected);
        if (expected == PetitionerMaskingPolicy.Visibility.FULL) {
            assertThat(PetitionerMaskingPolicy.apply(visibility, PERSON)).isEqualTo(PERSON);
        }
        if (expected == PetitionerMaskingPolicy.Visibility.MASKED_ID) {
            assertThat(PetitionerMaskingPolicy.apply(visibility, PERSON)).isEqualTo(new VisiblePetitioner(
                    PERSON.personId(), "欧阳莉莎", "3399**********872X", "13957104477", "杏花弄77号", false));
        }
    }

    @ParameterizedTest(name = "an accused unit sees no identity even when the petition is assigned to it")
    @CsvSource("339901101-CJ")
    void accusedUnitSeesNothingEvenWhenAssigned(String unit) {
        assertThat(PetitionerMaskingPolicy.of(caller("HANDLING_UNIT", OWN, unit), petition(ACCUSED_UNIT)))
                .isEqualTo(PetitionerMaskingPolicy.Visibility.NONE);
        assertThat(PetitionerMaskingPolicy.maskIdNumber("12345678")).isEqualTo("********");
        assertThat(PetitionerMaskingPolicy.maskIdNumber(null)).isNull();
    }

    private static final String LEADER_STEPS = "INSTRUCT TAKE_OWNERSHIP HOLD_APPOINTMENT SUPERVISE";
    private static final String UNIT_STEPS = "EXTEND COMPLETE ANSWER";

    @ParameterizedTest(name = "{0} townships={1} unit={2} records {3}; erases {4}")
    @CsvSource(nullValues = "-", value = {
            // role,          townships,  unit,           steps it may record,  may erase
            "COUNTY_ADMIN,    -,          -,              ALL,                  true",
            "TOWNSHIP_CLERK,  339901101,  -,              ALL,                  true",
            "TOWNSHIP_CLERK,  339901102,  -,              NONE,                 false",
            "LEADER,          -,          -,              LEADER,               false",
            "LEADER,          339901101,  -,              LEADER,               false",
            "LEADER,          339901102,  -,              NONE,                 false",
            "HANDLING_UNIT,   339901101,  339901101-ZF,   UNIT,                 false",
            "HANDLING_UNIT,   339901101,  339901101-SH,   NONE,                 false",
            "HANDLING_UNIT,   339901101,  339901101-CJ,   NONE,                 false",
            "DEPUTY,          -,          -,              NONE,                 false",
            "VIEWER,          -,          -,              NONE,                 false"})
    void whoRecordsWhichStep(String role, String townships, String unit, String steps, boolean erase) {
        Caller caller = caller(role, townships, unit);
        Set<PetitionAction> expected = switch (steps) {
            case "ALL" -> EnumSet.allOf(PetitionAction.class);
            case "LEADER" -> actions(LEADER_STEPS);
            case "UNIT" -> actions(UNIT_STEPS);
            default -> EnumSet.noneOf(PetitionAction.class);
        };
        PetitionView petition = petition(ASSIGNED_UNIT);
        for (PetitionAction action : PetitionAction.values()) {
            assertThat(PetitionAccessPolicy.mayRecord(caller, petition, action)).as(action.name())
                    .isEqualTo(expected.contains(action));
        }
        assertThat(PetitionAccessPolicy.mayErase(caller, petition)).isEqualTo(erase);
    }

    private static Set<PetitionAction> actions(String names) {
        EnumSet<PetitionAction> set = EnumSet.noneOf(PetitionAction.class);
        Arrays.stream(names.split(" ")).forEach(n -> set.add(PetitionAction.valueOf(n)));
        return set;
    }
}
