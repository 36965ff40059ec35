package org.minyi.reporting.kernel;

import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Makes every report's {@link ReportRequest}: who may read which township's figures, and that the township exists. */
@Component
public class ReportRequests {

    private final CountyReference county;
    private final BusinessCalendar calendar;

    public ReportRequests(CountyReference county, BusinessCalendar calendar) {
        this.county = county;
        this.calendar = calendar;
    }

    /**
     * The figures of {@code townshipCode} (null: the whole county) as of today: 403 unless the caller may read them
     * ({@link ReportAccessPolicy}), then 400 naming {@code townshipCode} when the county has no such township.
     */
    public ReportRequest township(Authentication authentication, String townshipCode) {
        return township(Caller.from(authentication), townshipCode);
    }

    /** As {@link #township(Authentication, String)}, for a caller already known. */
    public ReportRequest township(Caller caller, String townshipCode) {
        if (!ReportAccessPolicy.mayRead(caller, townshipCode)) {
            throw ApiProblem.forbidden("当前账号只能查看本乡镇的统计（请指定 townshipCode）。",
                    "This account may read only its own townships' figures (give townshipCode).");
        }
        if (townshipCode != null && county.township(townshipCode).isEmpty()) {
            throw new RuleViolation("townshipCode", "本县没有此乡镇", "no such township in this county");
        }
        return ownTownship(townshipCode);
    }

    /**
     * A deputy's own township, as the deputy topic gives it (null while the deputy is unknown here), as of today:
     * for the report of the deputy's own row, which {@link ReportAccessPolicy#deputySelf} allows.
     */
    public ReportRequest ownTownship(String townshipCode) {
        LocalDate today = calendar.today();
        return new ReportRequest(townshipCode, ReportRequest.BEGINNING, today, today);
    }
}
