package org.minyi.reporting.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.Tokens;
import org.minyi.reporting.ReportingApiTest;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Benchmark, not a test (tag {@code benchmark}, run by {@code ./bench.sh}): report-query latency over the read
 * models of a province, generated synthetically in PostgreSQL (1,500 townships; per township and year 667
 * petitions and 333 proposals, the design target of docs/domain.md §9; {@code -Dminyi.bench.years}, default 10).
 * Thirteen of the townships are the deployment's (the demo county), so township reports ask real townships;
 * a report without a township aggregates every row (the whole province). Every query goes through HTTP, as a
 * dashboard's would. Prints {@code name: value unit} lines.
 */
@Tag("benchmark")
@TestPropertySource(properties = ReportingApiTest.OWN_CONTEXT + "=query-benchmark")
class ReportQueryBenchmark extends ReportingApiTest {

    private static final int TOWNSHIPS = Integer.getInteger("minyi.bench.townships", 1500);
    private static final int YEARS = Integer.getInteger("minyi.bench.years", 10);
    private static final int PETITIONS_PER_TOWNSHIP_YEAR = Integer.getInteger("minyi.bench.petitions", 667);
    private static final int PROPOSALS_PER_TOWNSHIP_YEAR = Integer.getInteger("minyi.bench.proposals", 333);
    private static final int LAST_YEAR = 2025;
    private static final List<String> OWN = List.of("339901001", "339901002", "339901003", "339901101", "339901102",
            "339901103", "339901104", "339901105", "339901106", "339901107", "339901201", "339901202", "339901203");

    @Test
    void reportQueriesOverAProvince() {
        long petitions = (long) TOWNSHIPS * YEARS * PETITIONS_PER_TOWNSHIP_YEAR;
        long proposals = (long) TOWNSHIPS * YEARS * PROPOSALS_PER_TOWNSHIP_YEAR;
        long start = System.nanoTime();
        generate(petitions, proposals);
        System.out.printf("reporting.query.data: %d townships, %d years, %d petitions, %d proposals (generated in %.0f s)%n",
                TOWNSHIPS, YEARS, petitions, proposals, (System.nanoTime() - start) / 1e9);

        ApiClient api = api();
        String token = Tokens.countyAdmin();
        SplittableRandom random = new SplittableRandom(7);
        measure(api, token, "petition_rates_township_year", 60, i -> {
            int y = LAST_YEAR - random.nextInt(YEARS);
            return "/api/reports/petitions/rates?townshipCode=" + own(random) + "&from=" + y + "-01-01&to=" + y + "-12-31&asOf=2025-12-31";
        });
        measure(api, token, "petition_rates_province_year", 5, i -> {
            int y = LAST_YEAR - random.nextInt(YEARS);
            return "/api/reports/petitions/rates?from=" + y + "-01-01&to=" + y + "-12-31&asOf=2025-12-31";
        });
        measure(api, token, "petition_rates_by_township_year", 3, i -> {
            int y = LAST_YEAR - random.nextInt(YEARS);
            return "/api/reports/petitions/rates?groupBy=township&from=" + y + "-01-01&to=" + y + "-12-31&asOf=2025-12-31";
        });
        measure(api, token, "proposal_rates_township_year", 60, i -> {
            int y = LAST_YEAR - random.nextInt(YEARS);
            return "/api/reports/proposals/rates?townshipCode=" + own(random) + "&from=" + y + "-01-01&to=" + y + "-12-31&asOf=2025-12-31";
        });
        measure(api, token, "proposal_rates_province_year", 5, i -> {
            int y = LAST_YEAR - random.nextInt(YEARS);
            return "/api/reports/proposals/rates?from=" + y + "-01-01&to=" + y + "-12-31&asOf=2025-12-31";
        });
        measure(api, token, "overdue_township", 30, i -> "/api/reports/overdue?townshipCode=" + own(random) + "&asOf=2025-12-31");
    }

    private static String own(SplittableRandom random) {
        return OWN.get(random.nextInt(OWN.size()));
    }

    private static void measure(ApiClient api, String token, String name, int times, IntFunction<String> path) {
        get(api, token, path.apply(0)); // warm-up: plans and caches
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            String p = path.apply(i);
            long t0 = System.nanoTime();
            var response = get(api, token, p);
            millis.add((System.nanoTime() - t0) / 1e6);
            if (response.status() != 200) {
                throw new IllegalStateException(p + " → " + response.status() + " " + response.body());
            }
        }
        millis.sort(Double::compare);
        System.out.printf("reporting.query.%s.p50: %.1f ms%n", name, percentile(millis, 50));
        System.out.printf("reporting.query.%s.p99: %.1f ms%n", name, percentile(millis, 99));
    }

    /** A province-wide report may take long: no client timeout short of five minutes. */
    private static ApiClient.Response get(ApiClient api, String token, String path) {
        return api.send(api.request(path, token).timeout(java.time.Duration.ofMinutes(5)).GET());
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Server-side generation (INSERT … SELECT generate_series): realistic dates, most steps on time, some late or pending. */
    private void generate(long petitions, long proposals) {
        Map<String, Object> p = Map.of("n", petitions, "t", TOWNSHIPS, "days", YEARS * 365, "first", LAST_YEAR - YEARS + 1,
                "own", OWN.toArray(String[]::new));
        String township = """
                CASE WHEN i % :t < 13 THEN (CAST(:own AS text[]))[1 + (i % :t)]
                     ELSE '34' || lpad(((i % :t) / 999)::text, 4, '0') || lpad(((i % :t) % 999 + 1)::text, 3, '0') END""";
        jdbc.sql("""
                        INSERT INTO petition_fact (petition_id, township_code, channel, received_on, visitors, petitioner_count,
                            collective, category, repeat, level_skipping, registration_deadline, registered_on,
                            disposition_deadline, disposition, disposed_on, unit_code)
                        SELECT md5(i::text)::uuid, %s, (ARRAY['LETTER','VISIT','PHONE','ONLINE','DEPUTY_REFERRAL'])[1 + i %% 5],
                               d, CASE WHEN i %% 5 = 1 THEN 1 + i %% 7 END, 1, i %% 40 = 0,
                               (ARRAY['LAND','DEMOLITION','LABOUR','ENVIRONMENT','LAW_AND_LITIGATION','SOCIAL_SECURITY','VILLAGE_AFFAIRS','OTHER'])[1 + i %% 8],
                               i %% 9 = 0, i %% 23 = 0, d + 3, d + (i %% 5), d + 15,
                               CASE WHEN i %% 10 = 0 THEN 'NOT_ACCEPTED' WHEN i %% 10 = 1 THEN 'TRANSFERRED' ELSE 'ASSIGNED' END,
                               d + (i %% 18), '339901-XFJ'
                        FROM generate_series(0, CAST(:n AS int) - 1) AS i, LATERAL (SELECT make_date(:first, 1, 1) + (i %% :days) AS d) x"""
                        .formatted(township))
                .params(p).update();
        jdbc.sql("""
                        INSERT INTO petition_round_fact (petition_id, round, started_on, completion_deadline, completed_on,
                            answer_deadline, answered_on, return_visit_deadline, visited_on, satisfaction)
                        SELECT petition_id, 1, disposed_on, disposed_on + 60, c, c + 15, a, a + 30, a + (k % 35),
                               (ARRAY['SATISFIED','SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + k % 4]
                        FROM (SELECT petition_id, disposed_on, abs(hashtext(petition_id::text)) AS k FROM petition_fact
                              WHERE disposition <> 'NOT_ACCEPTED') f,
                             LATERAL (SELECT disposed_on + (k % 70) AS c) cc, LATERAL (SELECT c + (k % 17) AS a) aa""")
                .update();
        Map<String, Object> q = Map.of("n", proposals, "t", TOWNSHIPS, "days", YEARS * 365, "first", LAST_YEAR - YEARS + 1,
                "own", OWN.toArray(String[]::new));
        jdbc.sql("""
                        INSERT INTO proposal_fact (proposal_id, congress_code, township_code, kind, congress_level, category,
                            submitted_on, signer_count, registered_on, assigned_on, lead_unit_code, complex, reply_due_on)
                        SELECT md5('p' || i)::uuid, tw, tw, CASE WHEN i %% 6 = 0 THEN 'MOTION' ELSE 'SUGGESTION' END, 'TOWNSHIP',
                               (ARRAY['ECONOMY','URBAN_RURAL_CONSTRUCTION','AGRICULTURE','SOCIAL_SECURITY','ENVIRONMENT','OTHER'])[1 + i %% 6],
                               d, 1, d + 3, d + 10, tw || '-ZF', i %% 7 = 0, d + 10 + CASE WHEN i %% 7 = 0 THEN 182 ELSE 91 END
                        FROM generate_series(0, CAST(:n AS int) - 1) AS i,
                             LATERAL (SELECT make_date(:first, 1, 1) + (i %% :days) AS d, %s AS tw) x"""
                        .formatted(township))
                .params(q).update();
        jdbc.sql("""
                        INSERT INTO proposal_round_fact (proposal_id, round, started_on, reply_due_on, consulted_on, replied_on,
                            reply_class, reply_consulted, evaluated_on, evaluation_result)
                        SELECT proposal_id, 1, assigned_on, reply_due_on, assigned_on + 20, assigned_on + 30 + (k % 90),
                               (ARRAY['A','A','B','C'])[1 + k % 4], true, assigned_on + 60 + (k % 90),
                               (ARRAY['SATISFIED','BASICALLY_SATISFIED','SATISFIED','UNSATISFIED'])[1 + k % 4]
                        FROM (SELECT proposal_id, assigned_on, reply_due_on, abs(hashtext(proposal_id::text)) AS k FROM proposal_fact) f""")
                .update();
        jdbc.sql("ANALYZE").update();
    }
}
