package org.minyi.reporting.overdue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.minyi.reporting.ReportAccessPolicy;
import org.minyi.reporting.export.ReportTable;
import org.minyi.reporting.export.Tabular;
import org.minyi.reporting.petition.PetitionReports;
import org.minyi.reporting.proposal.ProposalReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code GET /api/reports/overdue} (API.md "Reports"): every petition or proposal step past its deadline. */
@RestController
@Tag(name = "逾期事项 / Overdue", description = "截至某日已超过期限的信访和建议办理环节 / Petition and proposal steps past their deadline as of a date")
public class OverdueController {

    private final PetitionReports petitions;
    private final ProposalReports proposals;
    private final CountyReference county;
    private final BusinessCalendar calendar;

    public OverdueController(PetitionReports petitions, ProposalReports proposals, CountyReference county,
                             BusinessCalendar calendar) {
        this.petitions = petitions;
        this.proposals = proposals;
        this.county = county;
        this.calendar = calendar;
    }

    /** One overdue step; {@code unitName} from the county reference, for the ledger. */
    public record Item(String kind, UUID id, String step, LocalDate deadline, long daysOverdue, String unitCode,
                       String unitName) {
    }

    public record OverdueReport(String townshipCode, LocalDate asOf, List<Item> items) implements Tabular {

        @Override
        public List<ReportTable> tables() {
            return List.of(new ReportTable("逾期事项（截至" + asOf + "）", "Overdue steps as of " + asOf,
                    List.of("类别", "编号", "环节", "期限", "逾期天数", "承办单位"),
                    items.stream().map(i -> List.<Object>of("PETITION".equals(i.kind()) ? "信访" : "代表建议",
                            i.id().toString(), stepZh(i.step()), i.deadline().toString(), i.daysOverdue(),
                            i.unitName() == null ? "" : i.unitName())).toList()));
        }

        @Override
        public String fileName() {
            return "overdue-" + (townshipCode == null ? "county" : townshipCode) + "-" + asOf;
        }

        private static String stepZh(String step) {
            return switch (step) {
                case "REGISTRATION" -> "登记";
                case "DISPOSITION" -> "交办";
                case "COMPLETION" -> "办结";
                case "ANSWER" -> "答复";
                case "RETURN_VISIT" -> "回访";
                case "REPLY" -> "答复代表";
                default -> step;
            };
        }
    }

    @Operation(summary = "逾期事项 / Overdue steps",
            description = "截至 asOf（默认今天）已超过期限而未完成的信访和代表建议办理环节，逾期最久的在前。"
                    + " / Every petition or proposal step not done by its deadline as of asOf (default today), longest overdue first.")
    @GetMapping("/api/reports/overdue")
    public OverdueReport overdue(@RequestParam(required = false) String townshipCode,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 Authentication authentication) {
        if (!ReportAccessPolicy.mayRead(Caller.from(authentication), townshipCode)) {
            throw ApiProblem.forbidden("当前账号只能查看本乡镇的统计（请指定 townshipCode）。",
                    "This account may read only its own townships' figures (give townshipCode).");
        }
        if (townshipCode != null && county.township(townshipCode).isEmpty()) {
            throw new RuleViolation("townshipCode", "本县没有此乡镇", "no such township in this county");
        }
        LocalDate asOfDate = asOf == null ? calendar.today() : asOf;
        Map<String, String> units = Stream.concat(county.county().units().stream(),
                        county.townships().stream().flatMap(t -> t.units().stream()))
                .collect(Collectors.toMap(CountyReference.Unit::code, CountyReference.Unit::name, (a, b) -> a));
        List<Item> items = new ArrayList<>();
        petitions.overdue(townshipCode, asOfDate).forEach(i -> items.add(new Item(i.kind(), i.id(), i.step(),
                i.deadline(), i.daysOverdue(), i.unitCode(), units.get(i.unitCode()))));
        proposals.overdue(townshipCode, asOfDate).forEach(i -> items.add(new Item(i.kind(), i.id(), i.step(),
                i.deadline(), i.daysOverdue(), i.unitCode(), units.get(i.unitCode()))));
        items.sort(Comparator.comparingLong(Item::daysOverdue).reversed().thenComparing(Item::deadline)
                .thenComparing(i -> i.id().toString()));
        return new OverdueReport(townshipCode, asOfDate, items);
    }
}
