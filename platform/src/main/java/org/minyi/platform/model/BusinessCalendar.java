package org.minyi.platform.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business dates are calendar dates in China Standard Time, whatever the server's own zone.
 * Injected (a {@link Clock} underneath) so that tests can fix "today".
 */
public class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public static BusinessCalendar system() {
        return new BusinessCalendar(Clock.system(ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Refuses a business date after today, naming the field. */
    public void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today())) {
            throw new RuleViolation(field, "日期不能晚于今天（" + today() + "）",
                    "date must not be after today (" + today() + ")");
        }
    }
}
