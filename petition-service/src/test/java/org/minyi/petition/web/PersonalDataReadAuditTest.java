package org.minyi.petition.web;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.TestTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail of petition-service: every step is audited from its event (who recorded it, for whom), and every
 * time petitioners' personal data is shown to an account, that read is kept in the outbox table in the request and
 * reaches the audit topic (who looked, when, which petition), with nothing about the petitioners. A read that shows
 * no personal data (a leader's) is not a personal-data read.
 */
@ServiceApiTest(topics = Topics.PETITION_EVENTS)
class PersonalDataReadAuditTest {

    private static final String NAME = "司马晓岚";
    private static final String ID_NUMBER = "339901198803127716";
    private static final String PHONE = "13857106688";
    private static final String TOWNSHIP = "339901101";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.get();
    private static final String CLERK = ISSUER.token("clerk-audit", "TOWNSHIP_CLERK", List.of(TOWNSHIP));
    private static final String ADMIN = ISSUER.token("admin-audit", "COUNTY_ADMIN", List.of());
    private static final String LEADER = ISSUER.token("leader-audit", "LEADER", List.of(TOWNSHIP));
    private static final String VIEWER = ISSUER.token("viewer-audit", "VIEWER", List.of());

    private static final PublishedEvents audit = new PublishedEvents(Topics.AUDIT_RECORDS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        audit.close();
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private String receive() {
        var created = api().post("/api/petitions", CLERK, """
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"青石镇梧桐巷9号"}],
                 "subject":"道路破损","content":"村道破损需修复"}""".formatted(TODAY, TOWNSHIP, NAME, ID_NUMBER, PHONE));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private List<String> readers(String petitionId) {
        return jdbc.sql("SELECT account FROM personal_data_read WHERE petition_id = ? ORDER BY id")
                .param(UUID.fromString(petitionId)).query(String.class).list();
    }

    /** The audit records of one petition on the topic, as JSON, after reading until there are at least {@code count}. */
    private List<JsonNode> auditOf(String petitionId, int count) {
        List<ConsumerRecord<String, CloudEvent>> records = audit.of(petitionId, count);
        records.forEach(r -> {
            assertThat(r.value().getType()).isEqualTo(EventTypes.AUDIT_RECORDED);
            assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, r.value().getData().toBytes())).isEmpty();
            String data = new String(r.value().getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(List.of(NAME, ID_NUMBER, PHONE, "梧桐巷", "道路破损")).allSatisfy(secret -> {
                assertThat(data).doesNotContain(secret);
                r.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(secret));
            });
        });
        return records.stream().map(r -> JSON.readTree(r.value().getData().toBytes())).toList();
    }

    @Test
    void aCountyAdminReadingThePetitionersIsRecordedAndReachesTheAuditTrail() {
        String id = receive();
        // The clerk was shown what it typed in (the create's answer): that too is a read of personal data.
        assertThat(readers(id)).containsExactly("clerk-audit");

        var read = api().get("/api/petitions/" + id, ADMIN);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("petitioners").get(0).path("name").asString()).isEqualTo(NAME);
        assertThat(readers(id)).containsExactly("clerk-audit", "admin-audit");

        List<JsonNode> records = auditOf(id, 3);
        assertThat(records).anySatisfy(r -> {
            assertThat(r.path("action").asString()).isEqualTo("PERSONAL_DATA_READ");
            assertThat(r.path("actor").asString()).isEqualTo("admin-audit");
            assertThat(r.path("itemKind").asString()).isEqualTo("PETITION");
            assertThat(r.path("itemId").asString()).isEqualTo(id);
            assertThat(r.path("townshipCode").asString()).isEqualTo(TOWNSHIP);
            assertThat(r.path("source").asString()).isEqualTo("petition-service");
        });
        // The step itself, from its event: who recorded it, named as the contract names it.
        assertThat(records).anySatisfy(r -> {
            assertThat(r.path("action").asString()).isEqualTo("PetitionReceived");
            assertThat(r.path("actor").asString()).isEqualTo("clerk-audit");
            assertThat(r.path("itemKind").asString()).isEqualTo("PETITION");
            assertThat(r.path("townshipCode").asString()).isEqualTo(TOWNSHIP);
            assertThat(r.path("onBehalfOf").isNull()).isTrue();
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM personal_data_read WHERE petition_id = ? AND sent_at IS NULL")
                .param(UUID.fromString(id)).query(Long.class).single() == 0);
    }

    @Test
    void aReadThatShowsNoPersonalDataIsNotAPersonalDataRead() {
        String id = receive();
        var asLeader = api().get("/api/petitions/" + id, LEADER);
        assertThat(asLeader.status()).isEqualTo(200);
        assertThat(asLeader.json().has("petitioners")).isFalse();
        assertThat(api().get("/api/petitions/" + id, VIEWER).status()).isEqualTo(403);
        // Lists carry no petitioners either.
        assertThat(api().get("/api/petitions?townshipCode=" + TOWNSHIP, CLERK).status()).isEqualTo(200);

        assertThat(readers(id)).containsExactly("clerk-audit");
        List<JsonNode> records = auditOf(id, 2);
        assertThat(records).noneSatisfy(r -> assertThat(r.path("actor").asString()).isIn("leader-audit", "viewer-audit"));
    }
}
