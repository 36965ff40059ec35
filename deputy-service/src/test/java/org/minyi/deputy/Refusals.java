package org.minyi.deputy;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.minyi.deputy.group.model.GroupDirectory;
import org.minyi.deputy.model.Mandate;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.Roster;
import org.minyi.deputy.model.RosterDeputy;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.county.CountyReferenceLoader;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the aggregate fixture tests of the service share: a fixed calendar, the demo county, a roster and
 * a group directory to stand in for the views, and a matcher of refusals.
 */
public final class Refusals {

    /** 2026-03-10 00:00 UTC is 08:00 on 2026-03-10 in Shanghai: business dates follow China time. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Refusals() {
    }

    /** The demo county: 339901, its townships 339901101 and 339901102, units such as 339901-MZ. */
    public static CountyReference county() {
        return CountyReferenceLoader.loadDemo();
    }

    /** A roster on which every deputy lives in 339901101 and has served its congress since 2020. */
    public static Roster everyoneServes() {
        return id -> Optional.of(new RosterDeputy(id, "339901101", List.of(new Mandate(MandateLevel.TOWNSHIP,
                "339901101", 18, LocalDate.of(2020, 1, 1), MandateStatus.SERVING, null, null))));
    }

    /** A group directory that knows {@code groupId} in 339901101, and nobody in a deputy group. */
    public static GroupDirectory groups(UUID groupId) {
        return new GroupDirectory() {
            @Override
            public Optional<GroupRef> deputyGroupOf(UUID deputyId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> townshipOf(UUID id) {
                return id.equals(groupId) ? Optional.of("339901101") : Optional.empty();
            }
        };
    }

    public static BusinessCalendar calendar() {
        return new BusinessCalendar(Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE));
    }

    /** A RuleViolation naming {@code field}, with a Chinese message as well. */
    public static Matcher<RuleViolation> violationOf(String field) {
        return violationOf(field, null);
    }

    /** A RuleViolation naming {@code field} with the English message {@code messageEn} (null: any) and a Chinese one. */
    public static Matcher<RuleViolation> violationOf(String field, String messageEn) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return field.equals(violation.field())
                        && (messageEn == null || messageEn.equals(violation.messageEn()))
                        && violation.messageZh() != null && !violation.messageZh().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of field ").appendValue(field);
                if (messageEn != null) {
                    description.appendText(" saying ").appendValue(messageEn);
                }
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was of field ").appendValue(violation.field())
                        .appendText(": ").appendValue(violation.getMessage());
            }
        };
    }

    /** An UnknownReference naming exactly {@code fields}, in order, each with a Chinese message as well. */
    public static Matcher<UnknownReference> unknownReferences(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(UnknownReference refusal) {
                return refusal.references().stream().map(UnknownReference.Reference::field).toList()
                        .equals(List.of(fields))
                        && refusal.references().stream().noneMatch(r -> r.messageZh() == null || r.messageZh().isBlank());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an UnknownReference naming ").appendValue(List.of(fields));
            }

            @Override
            protected void describeMismatchSafely(UnknownReference refusal, Description description) {
                description.appendText("named ").appendValue(refusal.references());
            }
        };
    }
}
