package org.minyi.gateway.account;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.contract.ContractSchemas;
import org.minyi.contract.EventTypes;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.PublishedEvents;
import org.minyi.platform.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The account administration log reaches the audit trail (npc.audit.records) on a real, embedded broker: an
 * account created, switched off, and locked out after repeated wrong passwords, each with who did it, and no secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"minyi.audit.enabled=true", "minyi.audit.poll-interval=200ms",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = Topics.AUDIT_RECORDS)
class AccountAuditTrailTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "audit-clerk-password-7731";
    private static final PublishedEvents audit = new PublishedEvents(Topics.AUDIT_RECORDS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        TestInfrastructure.register(registry, "gateway_audit");
        Path keyFile = Files.createTempDirectory("gateway-audit-test").resolve("keys/jwt-signing-key.json");
        registry.add("minyi.auth.key-file", keyFile::toString);
    }

    @AfterAll
    static void close() {
        audit.close();
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private String admin() {
        return api().clientCredentials("demo-admin", "demo-admin-secret").json().path("access_token").asString();
    }

    /** A wrong password on the login form, as a browser sends it (with the form's CSRF token). */
    private void wrongPassword(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=wrong-guess&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    private List<JsonNode> recordsOf(String username, int count) {
        List<ConsumerRecord<String, CloudEvent>> records = audit.of(username, count);
        records.forEach(r -> {
            assertThat(r.value().getType()).isEqualTo(EventTypes.AUDIT_RECORDED);
            assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, r.value().getData().toBytes())).isEmpty();
            assertThat(new String(r.value().getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain(PASSWORD);
        });
        return records.stream().map(r -> JSON.readTree(r.value().getData().toBytes())).toList();
    }

    @Test
    void accountChangesAndALockOutReachTheAuditTrail() throws Exception {
        String admin = admin();
        var created = api().post("/api/accounts", admin, """
                {"username":"audit-clerk","kind":"PERSON","password":"%s","role":"TOWNSHIP_CLERK",
                 "townships":["339901001"]}""".formatted(PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            wrongPassword("audit-clerk");
        }
        var disabled = api().send(api().request("/api/accounts/audit-clerk", admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"role\":\"TOWNSHIP_CLERK\",\"townships\":[\"339901001\"],\"enabled\":false}")));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        List<JsonNode> records = recordsOf("audit-clerk", 3);
        assertThat(records).extracting(r -> r.path("action").asString())
                .containsExactly("CREATED", "LOCKED_OUT", "DISABLED");
        assertThat(records).extracting(r -> r.path("actor").asString()).containsExactly("demo-admin", "sign-in", "demo-admin");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.path("itemKind").asString()).isEqualTo("ACCOUNT");
            assertThat(r.path("itemId").asString()).isEqualTo("audit-clerk");
            assertThat(r.path("townshipCode").asString()).isEqualTo("339901001");
            assertThat(r.path("source").asString()).isEqualTo("gateway");
        });
        // The seeded accounts' creation is audited too, and everything is marked sent.
        assertThat(recordsOf("demo-admin", 1)).anySatisfy(r -> assertThat(r.path("action").asString()).isEqualTo("CREATED"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("SELECT count(*) FROM account_change WHERE audit_sent_at IS NULL").query(Long.class).single() == 0);
    }
}
