package org.minyi.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.reporting.export.ReportTable;
import org.minyi.reporting.export.Tabular;
import org.minyi.reporting.kernel.CountyNames;
import org.minyi.reporting.kernel.OverdueItem;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.ReportRequests;
import org.minyi.reporting.petition.view.PetitionReports;
import org.minyi.reporting.petition.view.PetitionStep;
import org.minyi.reporting.proposal.view.ProposalReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code GET /api/reports/overdue}: every petition or proposal step past its deadline (docs/domain.md §6). */
@RestController
@Tag(name = "逾期事项 / Overdue", description = "截至某日已超过期限的信访和建议办理环节 / Petition and proposal steps past their deadline as of a date")
public class OverdueController {

    private final PetitionReports petitions;
    private final ProposalReports proposals;
    private final ReportRequests requests;
    private final CountyNames names;

    public OverdueController(PetitionReports petitions, ProposalReports proposals, ReportRequests requests,
                             CountyNames names) {
        this.petitions = petitions;
        this.proposals = proposals;
        this.requests = requests;
        this.names = names;
    }

    public record OverdueReport(String townshipCode, LocalDate asOf, List<OverdueItem> items) implements Tabular {

        @Override
        public List<ReportTable> tables() {
            return List.of(new ReportTable("逾期事项（截至" + asOf + "）", "Overdue steps as of " + asOf,
                    List.of("类别", "编号", "环节", "期限", "逾期天数", "承办单位"),
                    items.stream().map(i -> List.<Object>of(i.kind() == OverdueItem.Kind.PETITION ? "信访" : "代表建议",
                            i.id().toString(), stepZh(i), i.deadline().toString(), i.daysOverdue(),
                            i.unitName() == null ? "" : i.unitName())).toList()));
        }

        @Override
        public String fileName() {
            return "overdue-" + (townshipCode == null ? "county" : townshipCode) + "-" + asOf;
        }

        private static String stepZh(OverdueItem item) {
            return switch (item.kind()) {
                case PETITION -> PetitionStep.valueOf(item.step()).labelZh();
                case PROPOSAL -> "答复代表"; // the reply, the one proposal step the list names
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
        ReportRequest request = requests.township(authentication, townshipCode).asOf(asOf);
        List<OverdueItem> items = Stream.concat(petitions.overdue(townshipCode, request.asOf()).stream(),
                        proposals.overdue(townshipCode, request.asOf()).stream())
                .map(i -> i.withUnitName(names.unit(i.unitCode())))
                .sorted(Comparator.comparingLong(OverdueItem::daysOverdue).reversed().thenComparing(OverdueItem::deadline)
                        .thenComparing(i -> i.id().toString()))
                .toList();
        return new OverdueReport(townshipCode, request.asOf(), items);
    }
}
