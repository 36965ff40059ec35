package org.minyi.simulator;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The county's reference data as the API gives it ({@code GET /api/county}, {@code GET /api/townships}). */
record County(String code, String name, List<Unit> units, List<Township> townships) {

    record Unit(String code, String name) {
    }

    record Village(String code, String name) {
    }

    record Township(String code, String name, List<Village> villages, List<Unit> units) {
    }

    static County load(Api api) {
        Api.Response county = api.get("/api/county");
        Api.Response townships = api.get("/api/townships");
        if (!county.ok() || !townships.ok()) {
            throw new IllegalStateException("Cannot read the county's reference data: " + county.status() + "/" + townships.status());
        }
        List<Township> list = new ArrayList<>();
        for (JsonNode t : townships.body()) {
            List<Village> villages = new ArrayList<>();
            t.path("villages").forEach(v -> villages.add(new Village(v.path("code").asString(), v.path("name").asString())));
            list.add(new Township(t.path("code").asString(), t.path("name").asString(), villages, units(t.path("units"))));
        }
        JsonNode c = county.body();
        return new County(c.path("code").asString(), c.path("name").asString(), units(c.path("units")), list);
    }

    private static List<Unit> units(JsonNode units) {
        List<Unit> out = new ArrayList<>();
        units.forEach(u -> out.add(new Unit(u.path("code").asString(), u.path("name").asString())));
        return out;
    }
}
