package org.minyi.deputy;

import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.Tokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.deputy.DeputyRoster.TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.townshipDeputy;

/**
 * An event store written before the event classes moved to the {@code model} packages: its rows name the
 * old classes ({@code org.minyi.deputy.deputy.DeputyRegistered}, ...). The aggregates still load from it,
 * so the next step on each works.
 */
class EventsStoredBeforeTheMoveTest extends AbstractDeputyApiTest {

    @Test
    void aDeputyWhoseEventsNameTheOldClassesTakesItsNextStep() {
        String id = townshipDeputy(api(), Tokens.countyAdmin(), TOWNSHIP, "旧代表", "2021-10-15");
        renameToOldPackage(id, "org.minyi.deputy.model", "org.minyi.deputy.deputy");
        // One more event as the old service wrote it: the township mandate ended (JSON of a real MandateEnded).
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                            payload, payloadrevision, payloadtype, timestamp)
                        SELECT aggregateidentifier, 1, type, ?, metadata, convert_to(?, 'UTF8'), NULL,
                            'org.minyi.deputy.deputy.MandateEnded', timestamp
                        FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0""")
                .params(UUID.randomUUID().toString(), """
                        {"deputyId":"%s","townshipCode":"%s","level":"TOWNSHIP","congressCode":"%s","term":18,
                         "endedOn":"2024-01-05","reason":"RESIGNED","recordedBy":"demo-clerk","onBehalfOf":null}"""
                        .formatted(id, TOWNSHIP, TOWNSHIP), id)
                .update();

        // Only a deputy whose township mandate ended may be elected to the township congress again.
        var added = api().step("/api/deputies/" + id + "/mandates", Tokens.countyAdmin(), """
                {"level":"TOWNSHIP","congressCode":"%s","term":19,"electedOn":"%s"}""".formatted(TOWNSHIP, TODAY), null);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aGroupWhoseEventsNameTheOldClassesTakesItsNextStep() {
        String admin = Tokens.countyAdmin();
        String a = townshipDeputy(api(), admin, TOWNSHIP, "旧组长", "2021-10-15");
        String b = townshipDeputy(api(), admin, TOWNSHIP, "旧组员", "2021-10-15");
        var formed = api().post("/api/deputy-groups", admin, """
                {"townshipCode":"%s","name":"旧课题组","kind":"TOPIC_GROUP","formedOn":"2022-01-10","leaderId":"%s",
                 "memberIds":["%s","%s"]}""".formatted(TOWNSHIP, a, a, b));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String group = formed.json().path("id").asString();
        renameToOldPackage(group, "org.minyi.deputy.group.model", "org.minyi.deputy.group");

        // Removing b needs the members the old event lists.
        var removed = api().step("/api/deputy-groups/" + group + "/members/" + b + "/remove", admin,
                "{\"leftOn\":\"" + TODAY + "\"}", 0L);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("members")).hasSize(1);
    }

    @Test
    void anActivityWhoseEventsNameTheOldClassesIsWithdrawnOnce() {
        String admin = Tokens.countyAdmin();
        String a = townshipDeputy(api(), admin, TOWNSHIP, "旧活动代表", "2021-10-15");
        var logged = api().post("/api/duty-activities", admin, """
                {"type":"TRAINING","heldOn":"2024-05-20","townshipCode":"%s","deputyIds":["%s"]}""".formatted(TOWNSHIP, a));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String activity = logged.json().path("id").asString();
        renameToOldPackage(activity, "org.minyi.deputy.activity.model", "org.minyi.deputy.activity");

        String withdraw = "{\"withdrawnOn\":\"" + TODAY + "\",\"reason\":\"误登\"}";
        ApiClient.Response withdrawn = api().step("/api/duty-activities/" + activity + "/withdraw", admin, withdraw, 0L);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(api().step("/api/duty-activities/" + activity + "/withdraw", admin, withdraw, null).status())
                .isEqualTo(409);
    }

    /** Makes the stream of one aggregate look as the service wrote it before the move. */
    private void renameToOldPackage(String aggregateId, String newPackage, String oldPackage) {
        int renamed = jdbc.sql("""
                        UPDATE domainevententry SET payloadtype = replace(payloadtype, ?, ?)
                        WHERE aggregateidentifier = ?""")
                .params(newPackage + ".", oldPackage + ".", aggregateId).update();
        assertThat(renamed).isPositive();
    }
}
