package org.minyi.deputy;

import org.minyi.platform.testing.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers deputies over HTTP for tests of the features built on the roster. */
public final class DeputyRoster {

    public static final String COUNTY = "339901";
    public static final String TOWNSHIP = "339901101";
    public static final String OTHER_TOWNSHIP = "339901102";

    private DeputyRoster() {
    }

    /** A deputy of {@code township}'s congress living there, elected on {@code electedOn}; returns the id. */
    public static String townshipDeputy(ApiClient api, String token, String township, String name, String electedOn) {
        return register(api, token, township, name,
                "{\"level\":\"TOWNSHIP\",\"congressCode\":\"%s\",\"term\":18,\"electedOn\":\"%s\"}".formatted(township, electedOn));
    }

    /** A county deputy living in {@code township}; returns the id. */
    public static String countyDeputy(ApiClient api, String token, String township, String name) {
        return register(api, token, township, name,
                "{\"level\":\"COUNTY\",\"congressCode\":\"%s\",\"term\":17,\"electedOn\":\"2021-11-20\"}".formatted(COUNTY));
    }

    private static String register(ApiClient api, String token, String township, String name, String mandate) {
        var created = api.post("/api/deputies", token, """
                {"name":"%s","gender":"FEMALE","birthDate":"1975-06-01","party":"CPC","occupation":"WORKER",
                 "townshipCode":"%s","mandates":[%s]}""".formatted(name, township, mandate));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
