package org.minyi.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deputies with their mandates (docs/domain.md §3): per township a band of county deputies (some of whom also
 * sit in the township congress) and a band of township deputies, elected in the last round before the history
 * starts. Writes each township's {@link Roster}.
 */
final class DeputyPlanner {

    private static final String[] DISTRICTS = {"第一选区", "第二选区", "第三选区", "第四选区", "第五选区", "第六选区"};
    private static final String[] OCCUPATIONS = {"FARMER", "FARMER", "WORKER", "PROFESSIONAL", "CADRE", "BUSINESS_MANAGER", "OTHER"};

    private final CountyPlan plan;
    private final UUID firstDeputyId;

    /** {@code firstDeputyId}: the first deputy of the first township gets it instead of a drawn one (null: drawn). */
    DeputyPlanner(CountyPlan plan, UUID firstDeputyId) {
        this.plan = plan;
        this.firstDeputyId = firstDeputyId;
    }

    List<Item> plan() {
        List<Item> out = new ArrayList<>();
        CountyCalendar calendar = plan.calendar;
        for (County.Township t : plan.townships) {
            SplittableRandom r = plan.random("deputies", t.code());
            Roster roster = new Roster();
            plan.rosters.put(t.code(), roster);
            int nCounty = Draws.inBand(r, plan.cfg.countyDeputiesPerTownship());
            int nTownship = Draws.inBand(r, plan.cfg.townshipDeputiesPerTownship());
            for (int i = 0; i < nCounty + nTownship; i++) {
                boolean countyDeputy = i < nCounty;
                UUID drawn = Draws.uuid(r);
                // The id is drawn all the same, so the rest of the plan does not change with it.
                UUID id = firstDeputyId != null && i == 0 && t == plan.townships.get(0) ? firstDeputyId : drawn;
                LocalDate birth = People.birthDate(r, calendar.today, 30, 62);
                List<Map<String, Object>> mandates = new ArrayList<>();
                if (countyDeputy) {
                    mandates.add(mandate("COUNTY", plan.county.code(), calendar.term(true), calendar.electedOn(true)));
                }
                // Some county deputies also sit in their township's congress.
                if (!countyDeputy || r.nextInt(10) < 3) {
                    mandates.add(mandate("TOWNSHIP", t.code(), calendar.term(false), calendar.electedOn(false)));
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", id);
                body.put("name", People.name(r));
                body.put("gender", r.nextInt(10) < 7 ? "MALE" : "FEMALE");
                body.put("birthDate", birth.toString());
                body.put("ethnicity", People.ETHNICITIES);
                int party = r.nextInt(10);
                body.put("party", party < 7 ? "CPC" : party < 9 ? "NON_PARTY" : "OTHER_PARTY");
                body.put("occupation", OCCUPATIONS[r.nextInt(OCCUPATIONS.length)]);
                body.put("townshipCode", t.code());
                body.put("electoralDistrict", t.name() + DISTRICTS[r.nextInt(DISTRICTS.length)]);
                body.put("contact", Map.of("phone", People.phone(r),
                        "address", t.name() + t.villages().get(r.nextInt(t.villages().size())).name() + (1 + r.nextInt(99)) + "号"));
                body.put("mandates", mandates);
                Item item = new Item("deputy", id, t.code(), "/api/deputies", body, null, null);
                item.createCounters.add("deputies");
                item.createCounters.add(countyDeputy ? "deputies.county" : "deputies.township");
                String township = t.code();
                item.onCreated = tally -> tally.deputy(id, township);
                out.add(item);
                (countyDeputy ? roster.countyDeputies : roster.townshipDeputies).add(id);
                roster.all.add(id);
            }
        }
        return out;
    }

    private static Map<String, Object> mandate(String level, String congress, int term, LocalDate electedOn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("congressCode", congress);
        m.put("term", term);
        m.put("electedOn", electedOn.toString());
        return m;
    }
}
