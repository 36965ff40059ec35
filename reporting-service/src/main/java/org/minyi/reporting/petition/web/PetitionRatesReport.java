package org.minyi.reporting.petition.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.minyi.reporting.export.Metrics;
import org.minyi.reporting.export.ReportTable;
import org.minyi.reporting.export.Tabular;
import org.minyi.reporting.kernel.Rate;
import org.minyi.reporting.kernel.ReportRequest;
import org.minyi.reporting.kernel.StepRate;
import org.minyi.reporting.petition.view.PetitionCounts;
import org.minyi.reporting.petition.view.PetitionFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/reports/petitions/rates}: the figures of the cohort, and with
 * {@code groupBy=township} one row per township plus the county computed from all the items. As a file
 * ({@link Tabular}): the office's ledger with a row per township and 全县, numerator and denominator beside
 * every rate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PetitionRatesReport(String townshipCode, String townshipName, LocalDate from, LocalDate to, LocalDate asOf,
                                  StepRate registration, StepRate disposition, StepRate completion, StepRate answer,
                                  StepRate returnVisit,
                                  Rate satisfaction, Rate satisfiedOnly, PetitionCounts counts,
                                  List<PetitionRatesReport> rows, PetitionRatesReport county,
                                  @JsonIgnore Map<String, String> villageNames) implements Tabular {

    static final String COUNTY = "全县";

    /** Channels and categories in ledger order, with their Chinese names (docs/domain.md §5). */
    static final Map<String, String> CHANNELS = ordered("LETTER", "来信", "VISIT", "来访", "PHONE", "专线电话",
            "EMAIL", "电子邮件", "ONLINE", "网上信访", "DEPUTY_REFERRAL", "代表转交");
    static final Map<String, String> CATEGORIES = ordered("LAND", "土地及土地流转", "DEMOLITION", "征地拆迁补偿",
            "LABOUR", "劳动和欠薪", "ENVIRONMENT", "环境", "LAW_AND_LITIGATION", "涉法涉诉", "SOCIAL_SECURITY", "社会保障",
            "VILLAGE_AFFAIRS", "村务", "OTHER", "其他");

    /** The figures of one township (or the county) over the request's cohort. */
    static PetitionRatesReport of(String townshipCode, String townshipName, ReportRequest r, PetitionFigures f,
                                  Map<String, String> villageNames) {
        return new PetitionRatesReport(townshipCode, townshipName, r.from(), r.to(), r.asOf(), f.registration(),
                f.disposition(), f.completion(), f.answer(), f.returnVisit(), f.satisfaction(), f.satisfiedOnly(),
                f.counts(), null, null, villageNames);
    }

    /** A row per township and the county's own figures, computed from the items. */
    static PetitionRatesReport grouped(String townshipCode, String townshipName, ReportRequest r,
                                       List<PetitionRatesReport> rows, PetitionRatesReport county,
                                       Map<String, String> villageNames) {
        return new PetitionRatesReport(townshipCode, townshipName, r.from(), r.to(), r.asOf(), null, null, null, null,
                null, null, null, null, rows, county, villageNames);
    }

    @Override
    public List<ReportTable> tables() {
        List<PetitionRatesReport> lines = new ArrayList<>();
        if (rows != null) {
            lines.addAll(rows);
            lines.add(county);
        } else {
            lines.add(this);
        }
        String period = from + "至" + to + "收件，截至" + asOf;
        String periodEn = "received " + from + " to " + to + ", as of " + asOf;

        List<String> headers = new ArrayList<>(List.of("乡镇"));
        for (String step : List.of("登记", "交办", "办结", "答复", "回访")) {
            headers.addAll(Metrics.rateHeaders(step + "率"));
            headers.addAll(Metrics.rateHeaders("按时" + step + "率"));
            headers.add(step + "在办");
        }
        headers.addAll(Metrics.rateHeaders("满意率"));
        headers.addAll(Metrics.rateHeaders("满意（不含基本满意）率"));
        headers.addAll(List.of("收件数", "集体访", "重复访", "越级访", "人次"));
        List<List<Object>> rateRows = lines.stream().map(r -> {
            List<Object> cells = new ArrayList<>();
            cells.add(r.townshipName());
            for (StepRate s : List.of(r.registration(), r.disposition(), r.completion(), r.answer(), r.returnVisit())) {
                cells.addAll(Metrics.rateCells(s.done()));
                cells.addAll(Metrics.rateCells(s.onTime()));
                cells.add(s.inProgress());
            }
            cells.addAll(Metrics.rateCells(r.satisfaction()));
            cells.addAll(Metrics.rateCells(r.satisfiedOnly()));
            PetitionCounts c = r.counts();
            cells.addAll(List.of(c.received(), c.collective(), c.repeat(), c.levelSkipping(), c.personTimes()));
            return cells;
        }).toList();

        List<String> kindHeaders = new ArrayList<>(List.of("乡镇"));
        CHANNELS.values().forEach(name -> kindHeaders.add("渠道：" + name));
        CATEGORIES.values().forEach(name -> kindHeaders.add("类别：" + name));
        List<List<Object>> kindRows = lines.stream().map(r -> {
            List<Object> cells = new ArrayList<>();
            cells.add(r.townshipName());
            CHANNELS.keySet().forEach(k -> cells.add(r.counts().byChannel().getOrDefault(k, 0L)));
            CATEGORIES.keySet().forEach(k -> cells.add(r.counts().byCategory().getOrDefault(k, 0L)));
            return cells;
        }).toList();

        // Villages belong to one township: the township rows list them all (the county row would repeat them).
        List<List<Object>> villageRows = new ArrayList<>();
        for (PetitionRatesReport r : rows != null ? rows : List.of(this)) {
            r.counts().byVillage().forEach((code, n) -> villageRows.add(List.of(r.townshipName(), code,
                    villageNames == null ? "" : villageNames.getOrDefault(code, ""), n)));
        }
        return List.of(
                new ReportTable("信访件“四个100%”统计（" + period + "）", "Petition rates (" + periodEn + ")", headers, rateRows),
                new ReportTable("信访件分渠道、分类别件数（" + period + "）", "Petitions by channel and category (" + periodEn + ")",
                        kindHeaders, kindRows),
                new ReportTable("信访件分村（社区）件数（" + period + "）", "Petitions by village (" + periodEn + ")",
                        List.of("乡镇", "村（社区）代码", "村（社区）", "件数"), villageRows));
    }

    @Override
    public String fileName() {
        return "petition-rates-" + (townshipCode == null ? "county" : townshipCode) + "-" + asOf;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
