package org.minyi.deputy;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What the aggregate fixture tests of the service share: a fixed calendar and a matcher of refusals. */
public final class Refusals {

    /** 2026-03-10 00:00 UTC is 08:00 on 2026-03-10 in Shanghai: business dates follow China time. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Refusals() {
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
}
