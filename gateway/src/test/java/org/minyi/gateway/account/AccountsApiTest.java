package org.minyi.gateway.account;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.minyi.gateway.auth.AuthorizationCleanup;
import org.minyi.platform.security.RevokedSubjects;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The account API and client credentials from the account table, over real HTTP against a real
 * PostgreSQL: who may manage accounts, validation of role and scope, optimistic concurrency, disabled
 * clients, secrets that never come back, the change log, seeding and the clean-up of expired tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsApiTest {

    private static final String TOWNSHIP = "339901001";
    private static final String OTHER_TOWNSHIP = "339901002";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuthorizationCleanup cleanup;
    @Autowired
    AccountSeeding seeding;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestInfrastructure.register(registry, "gateway_accounts");
        // A deployment's own first account, declared in configuration with its secret already hashed.
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("initial-feed-secret");
        registry.add("minyi.accounts.initial[0].username", () -> "initial-feed");
        registry.add("minyi.accounts.initial[0].kind", () -> "CLIENT");
        registry.add("minyi.accounts.initial[0].secret-hash", () -> hash);
        registry.add("minyi.accounts.initial[0].role", () -> "HANDLING_UNIT");
        registry.add("minyi.accounts.initial[0].unit-code", () -> "339901-XFJ");
        Path keyFile = Files.createTempDirectory("gateway-accounts-test").resolve("keys/jwt-signing-key.json");
        registry.add("minyi.auth.key-file", keyFile::toString);
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private String token(String client, String secret) {
        var response = api().clientCredentials(client, secret);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }

    private String admin() {
        return token("demo-admin", "demo-admin-secret");
    }

    private ApiClient.Response put(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = api().request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }

    private static JWTClaimsSet claims(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    private static List<String> errorFields(ApiClient.Response response) {
        return response.json().path("errors").values().stream().map(e -> e.path("field").asString()).toList();
    }

    @Test
    void anAdminCreatesAClientThatThenGetsTokensCarryingItsScope() throws Exception {
        String admin = admin();
        String secret = "clerk-script-secret-" + UUID.randomUUID();
        var created = api().post("/api/accounts", admin, """
                {"username":"clerk-script","kind":"CLIENT","secret":"%s","role":"TOWNSHIP_CLERK",
                 "townships":["%s","%s"]}""".formatted(secret, TOWNSHIP, OTHER_TOWNSHIP));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/accounts/clerk-script");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode body = created.json();
        assertThat(body.path("username").asString()).isEqualTo("clerk-script");
        assertThat(body.path("kind").asString()).isEqualTo("CLIENT");
        assertThat(body.path("role").asString()).isEqualTo("TOWNSHIP_CLERK");
        assertThat(body.path("townships").values().stream().map(JsonNode::asString)).containsExactly(TOWNSHIP, OTHER_TOWNSHIP);
        assertThat(body.path("enabled").asBoolean()).isTrue();
        assertThat(body.path("version").asLong()).isEqualTo(1);
        assertThat(body.path("createdBy").asString()).isEqualTo("demo-admin");
        assertThat(body.has("password")).isFalse();
        assertThat(body.has("secret")).isFalse();
        assertThat(created.body()).doesNotContain(secret).doesNotContain("bcrypt");

        // Stored only as a bcrypt hash.
        String hash = jdbc.sql("SELECT secret_hash FROM account WHERE username = 'clerk-script'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(secret);

        var issued = api().clientCredentials("clerk-script", secret);
        assertThat(issued.header("Set-Cookie")).as("scripts get no session").isNull();
        JWTClaimsSet token = claims(issued.json().path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("clerk-script");
        assertThat(token.getAudience()).containsExactly("minyi");
        assertThat(token.getStringClaim("role")).isEqualTo("TOWNSHIP_CLERK");
        assertThat(token.getStringListClaim("townships")).containsExactly(TOWNSHIP, OTHER_TOWNSHIP);
        assertThat(token.getClaim("unit")).isNull();

        var read = api().get("/api/accounts/clerk-script", admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body()).doesNotContain(secret).doesNotContain("bcrypt");
        assertThat(api().get("/api/accounts/nobody-here", admin).status()).isEqualTo(404);
    }

    @Test
    void demoAccountsAreSeededWithTheirScopeAndListedPageByPage() throws Exception {
        String admin = admin();
        JWTClaimsSet unit = claims(token("demo-unit", "demo-unit-secret"));
        assertThat(unit.getStringClaim("role")).isEqualTo("HANDLING_UNIT");
        assertThat(unit.getStringClaim("unit")).isEqualTo("339901001-ZF");
        assertThat(unit.getStringListClaim("townships")).containsExactly(TOWNSHIP);

        var first = api().get("/api/accounts?page=0&size=3", admin);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode page = first.json();
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(page.path("items").size()).isEqualTo(3);
        List<String> all = api().get("/api/accounts?size=100", admin).json().path("items").values().stream()
                .map(a -> a.path("username").asString()).toList();
        assertThat(all).contains("demo-admin", "demo-clerk", "demo-unit", "demo-viewer", "demo-officer",
                "demo-township-officer").isSorted();
        List<String> second = api().get("/api/accounts?page=1&size=3", admin).json().path("items").values().stream()
                .map(a -> a.path("username").asString()).toList();
        assertThat(second).containsExactlyElementsOf(all.subList(3, Math.min(6, all.size())));
        JsonNode officer = api().get("/api/accounts/demo-township-officer", admin).json();
        assertThat(officer.path("kind").asString()).isEqualTo("PERSON");
        assertThat(officer.path("role").asString()).isEqualTo("TOWNSHIP_CLERK");
        assertThat(officer.path("createdBy").asString()).isEqualTo("system:demo");

        var badSize = api().get("/api/accounts?size=1000", admin);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(errorFields(badSize)).containsExactly("size");
        assertThat(errorFields(api().get("/api/accounts?page=-1", admin))).containsExactly("page");
    }

    @Test
    void accountsDeclaredInConfigurationAreCreatedAtStart() throws Exception {
        JsonNode feed = api().get("/api/accounts/initial-feed", admin()).json();
        assertThat(feed.path("createdBy").asString()).isEqualTo("system:configuration");
        assertThat(feed.path("unitCode").asString()).isEqualTo("339901-XFJ");
        JWTClaimsSet token = claims(token("initial-feed", "initial-feed-secret"));
        assertThat(token.getStringClaim("role")).isEqualTo("HANDLING_UNIT");
        assertThat(token.getStringClaim("unit")).isEqualTo("339901-XFJ");
    }

    @Test
    void seedingNeverChangesAnExistingAccount() {
        String admin = admin();
        var viewer = api().get("/api/accounts/demo-viewer", admin).json();
        var changed = put("/api/accounts/demo-viewer", admin, viewer.path("version").asString(),
                "{\"role\":\"LEADER\",\"townships\":[\"" + TOWNSHIP + "\"],\"enabled\":true}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        seeding.afterSingletonsInstantiated(); // as at the next start

        JsonNode after = api().get("/api/accounts/demo-viewer", admin).json();
        assertThat(after.path("role").asString()).isEqualTo("LEADER");
        assertThat(after.path("version").asLong()).isEqualTo(changed.json().path("version").asLong());
        put("/api/accounts/demo-viewer", admin, null, "{\"role\":\"VIEWER\",\"enabled\":true}");
    }

    @Test
    void onlyCountyAdminsManageAccounts() {
        String clerk = token("demo-clerk", "demo-clerk-secret");
        var forbidden = api().get("/api/accounts", clerk);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forbidden.json().path("detailEn").asString()).contains("county admins");
        // Refused before the body is read: no validation details for a caller who may not do this at all.
        assertThat(api().post("/api/accounts", clerk, "{}").status()).isEqualTo(403);
        assertThat(api().post("/api/accounts", token("demo-viewer", "demo-viewer-secret"), """
                {"username":"sneaky","kind":"CLIENT","secret":"sneaky-secret-123","role":"COUNTY_ADMIN"}""").status())
                .isEqualTo(403);
        assertThat(put("/api/accounts/demo-clerk", clerk, null, "{\"role\":\"COUNTY_ADMIN\",\"enabled\":true}").status())
                .isEqualTo(403);
        assertThat(api().post("/api/accounts/demo-clerk/password", clerk, "{\"password\":\"a-new-password-1\"}").status())
                .isEqualTo(403);
        assertThat(api().get("/api/accounts/sneaky", admin()).status()).isEqualTo(404);

        var anonymous = api().get("/api/accounts", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().post("/api/accounts", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void roleAndScopeAreValidatedNamingTheField() {
        String admin = admin();
        var noTownship = api().post("/api/accounts", admin, """
                {"username":"clerk-without-township","kind":"PERSON","password":"long-enough-password","role":"TOWNSHIP_CLERK"}""");
        assertThat(noTownship.status()).as(noTownship.body()).isEqualTo(400);
        assertThat(noTownship.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorFields(noTownship)).containsExactly("townships");
        assertThat(noTownship.json().path("errors").get(0).path("messageEn").asString()).contains("at least one township");

        var adminWithScope = api().post("/api/accounts", admin, """
                {"username":"scoped-admin","kind":"PERSON","password":"long-enough-password","role":"COUNTY_ADMIN",
                 "townships":["%s"],"unitCode":"339901001-ZF"}""".formatted(TOWNSHIP));
        assertThat(adminWithScope.status()).isEqualTo(400);
        assertThat(errorFields(adminWithScope)).containsExactly("townships", "unitCode");

        var deputyWithoutId = api().post("/api/accounts", admin, """
                {"username":"deputy-without-id","kind":"PERSON","password":"long-enough-password","role":"DEPUTY"}""");
        assertThat(errorFields(deputyWithoutId)).containsExactly("deputyId");

        var unknownUnit = api().post("/api/accounts", admin, """
                {"username":"unknown-unit","kind":"CLIENT","secret":"long-enough-secret","role":"HANDLING_UNIT",
                 "unitCode":"339901001-NOPE"}""");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(errorFields(unknownUnit)).containsExactly("unitCode");

        var unknownTownship = api().post("/api/accounts", admin, """
                {"username":"unknown-township","kind":"PERSON","password":"long-enough-password","role":"LEADER",
                 "townships":["339901999"]}""");
        assertThat(unknownTownship.status()).isEqualTo(422);
        assertThat(errorFields(unknownTownship)).containsExactly("townships[0]");

        var malformed = api().post("/api/accounts", admin, """
                {"username":"Bad Name!","kind":"CLIENT","secret":"short","role":"COUNTY_ADMIN","townships":["12"]}""");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(errorFields(malformed)).contains("username", "password", "townships[0]");
        assertThat(malformed.body()).doesNotContain("short\"");

        var unknownRole = api().post("/api/accounts", admin, """
                {"username":"boss","kind":"CLIENT","secret":"long-enough-secret","role":"BOSS"}""");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(errorFields(unknownRole)).containsExactly("role");

        var badDeputyId = api().post("/api/accounts", admin, """
                {"username":"deputy-bad-id","kind":"PERSON","password":"long-enough-password","role":"DEPUTY",
                 "deputyId":"not-a-uuid"}""");
        assertThat(errorFields(badDeputyId)).containsExactly("deputyId");

        var missing = api().post("/api/accounts", admin, "{}");
        assertThat(errorFields(missing)).contains("username", "kind", "password", "role");

        // bcrypt reads 72 bytes: 30 Chinese characters (90 bytes) are refused, not silently cut.
        var tooLong = api().post("/api/accounts", admin, """
                {"username":"long-password","kind":"PERSON","password":"%s","role":"VIEWER"}""".formatted("密".repeat(30)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(errorFields(tooLong)).containsExactly("password");

        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username IN ('clerk-without-township', 'scoped-admin', "
                + "'deputy-without-id', 'unknown-unit', 'unknown-township', 'boss', 'long-password')")
                .query(Long.class).single()).isZero();

        var deputy = api().post("/api/accounts", admin, """
                {"username":"deputy-wang","kind":"PERSON","password":"long-enough-password","role":"DEPUTY",
                 "deputyId":"%s"}""".formatted(UUID.randomUUID()));
        assertThat(deputy.status()).as(deputy.body()).isEqualTo(201);
    }

    @Test
    void aTakenOrReservedUsernameIsAConflict() {
        String admin = admin();
        String body = """
                {"username":"%s","kind":"CLIENT","secret":"first-secret-value","role":"VIEWER"}""";
        assertThat(api().post("/api/accounts", admin, body.formatted("dashboard-feed")).status()).isEqualTo(201);
        var again = api().post("/api/accounts", admin, body.formatted("dashboard-feed").replace("first", "other"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).endsWith("/account-exists");
        assertThat(again.body()).doesNotContain("other-secret-value");
        // A person and a client share one namespace.
        assertThat(api().post("/api/accounts", admin, """
                {"username":"demo-officer","kind":"CLIENT","secret":"some-long-secret","role":"VIEWER"}""").status())
                .isEqualTo(409);
        assertThat(api().post("/api/accounts", admin, body.formatted("minyi-dashboard")).status()).isEqualTo(409);
        // The first secret still works, the second never did.
        assertThat(api().clientCredentials("dashboard-feed", "first-secret-value").status()).isEqualTo(200);
        assertThat(api().clientCredentials("dashboard-feed", "other-secret-value").status()).isEqualTo(401);
    }

    @Test
    void updatesNeedTheCurrentVersionWhenIfMatchIsSent() {
        String admin = admin();
        assertThat(api().post("/api/accounts", admin, """
                {"username":"unit-feed","kind":"CLIENT","secret":"unit-feed-secret","role":"VIEWER"}""").status())
                .isEqualTo(201);

        var updated = put("/api/accounts/unit-feed", admin, "1", """
                {"role":"HANDLING_UNIT","townships":["%s"],"unitCode":"339901001-XF","enabled":true}""".formatted(TOWNSHIP));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(2);
        assertThat(updated.json().path("unitCode").asString()).isEqualTo("339901001-XF");
        assertThat(updated.json().path("updatedBy").asString()).isEqualTo("demo-admin");
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");

        var stale = put("/api/accounts/unit-feed", admin, "1", "{\"role\":\"VIEWER\",\"enabled\":true}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(api().get("/api/accounts/unit-feed", admin).json().path("role").asString()).isEqualTo("HANDLING_UNIT");

        // The ETag as sent back, quotes and all, is accepted too.
        assertThat(put("/api/accounts/unit-feed", admin, "\"2\"", "{\"role\":\"VIEWER\",\"enabled\":true}").status())
                .isEqualTo(200);
        var badScope = put("/api/accounts/unit-feed", admin, null, "{\"role\":\"TOWNSHIP_CLERK\",\"enabled\":true}");
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(errorFields(badScope)).containsExactly("townships");
        var missing = put("/api/accounts/unit-feed", admin, null, "{}");
        assertThat(errorFields(missing)).contains("role", "enabled");
        assertThat(put("/api/accounts/nobody-here", admin, null, "{\"role\":\"VIEWER\",\"enabled\":true}").status())
                .isEqualTo(404);
    }

    /**
     * Disabling an account, or changing its role, ends the tokens it already holds, not only its next
     * ones: the gateway refuses them within seconds, and publishes the account (hashed) for the services.
     */
    @Test
    void aTokenIssuedBeforeTheAccountWasDisabledOrChangedIsRefused() throws Exception {
        String admin = admin();
        assertThat(api().post("/api/accounts", admin, """
                {"username":"ops-reader","kind":"CLIENT","password":"ops-reader-secret","role":"VIEWER"}""").status())
                .isEqualTo(201);
        String held = token("ops-reader", "ops-reader-secret");
        // Authenticated, though a viewer may not manage accounts.
        assertThat(api().get("/api/accounts", held).status()).isEqualTo(403);

        long disabledAt = System.nanoTime();
        assertThat(put("/api/accounts/ops-reader", admin, null, "{\"role\":\"VIEWER\",\"enabled\":false}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api().get("/api/accounts", held).status() == 401);
        long millis = (System.nanoTime() - disabledAt) / 1_000_000;
        System.out.println("[revocation] the disabled account's token was refused at the gateway after " + millis + " ms");
        var refused = api().get("/api/accounts", held);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        var published = api().get(RevokedSubjects.PATH, null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body()).contains(RevokedSubjects.hash("ops-reader")).doesNotContain("ops-reader\"");

        // A change of role: the old token goes, a new one carries the new role and works.
        assertThat(api().post("/api/accounts", admin, """
                {"username":"ops-admin","kind":"CLIENT","password":"ops-admin-secret","role":"COUNTY_ADMIN"}""").status())
                .isEqualTo(201);
        String adminHeld = token("ops-admin", "ops-admin-secret");
        assertThat(api().get("/api/accounts", adminHeld).status()).isEqualTo(200);
        Thread.sleep(1_100); // tokens carry whole seconds: the next one must be issued in a later second
        assertThat(put("/api/accounts/ops-admin", admin, null, "{\"role\":\"VIEWER\",\"enabled\":true}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api().get("/api/accounts", adminHeld).status() == 401);
        Thread.sleep(1_100);
        String renewed = token("ops-admin", "ops-admin-secret");
        assertThat(claims(renewed).getStringClaim("role")).isEqualTo("VIEWER");
        assertThat(api().get("/api/accounts", renewed).status()).isEqualTo(403);
    }

    @Test
    void aDisabledClientGetsNoMoreTokensAndANewSecretReplacesTheOld() throws Exception {
        String admin = admin();
        assertThat(api().post("/api/accounts", admin, """
                {"username":"archive-feed","kind":"CLIENT","password":"archive-secret-1","role":"VIEWER"}""").status())
                .isEqualTo(201);
        assertThat(api().clientCredentials("archive-feed", "archive-secret-1").status()).isEqualTo(200);

        var disabled = put("/api/accounts/archive-feed", admin, "1", "{\"role\":\"VIEWER\",\"enabled\":false}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        var refused = api().clientCredentials("archive-feed", "archive-secret-1");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("error").asString()).isEqualTo("invalid_client");

        put("/api/accounts/archive-feed", admin, null, "{\"role\":\"VIEWER\",\"enabled\":true}");
        assertThat(api().clientCredentials("archive-feed", "archive-secret-1").status()).isEqualTo(200);

        var newSecret = api().post("/api/accounts/archive-feed/password", admin, "{\"secret\":\"archive-secret-2\"}");
        assertThat(newSecret.status()).as(newSecret.body()).isEqualTo(200);
        assertThat(newSecret.json().path("version").asLong()).isEqualTo(4);
        assertThat(newSecret.body()).doesNotContain("archive-secret-2");
        assertThat(api().clientCredentials("archive-feed", "archive-secret-1").status()).isEqualTo(401);
        assertThat(claims(token("archive-feed", "archive-secret-2")).getStringClaim("role")).isEqualTo("VIEWER");

        var tooShort = api().post("/api/accounts/archive-feed/password", admin, "{\"password\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(errorFields(tooShort)).containsExactly("password");
        assertThat(api().post("/api/accounts/nobody-here/password", admin, "{\"password\":\"long-enough-pass\"}").status())
                .isEqualTo(404);

        // A person's password does not make it a client.
        assertThat(api().clientCredentials("demo-officer", "demo-officer-password").status()).isEqualTo(401);

        // Every change is on record, with who made it, and never the secret.
        List<Map<String, Object>> changes = jdbc.sql(
                        "SELECT change, changed_by, enabled FROM account_change WHERE username = 'archive-feed' ORDER BY id")
                .query().listOfRows();
        assertThat(changes).extracting(c -> c.get("change"))
                .containsExactly("CREATED", "UPDATED", "UPDATED", "SECRET_SET");
        assertThat(changes).extracting(c -> c.get("changed_by")).containsOnly("demo-admin");
        assertThat(changes).extracting(c -> c.get("enabled")).containsExactly(true, false, true, true);
    }

    @Test
    void theLastEnabledCountyAdminCannotBeDemotedOrDisabled() {
        String admin = admin();
        JsonNode officer = api().get("/api/accounts/demo-officer", admin).json();
        // Leave demo-admin as the only enabled county admin.
        var disabledOfficer = put("/api/accounts/demo-officer", admin, officer.path("version").asString(),
                "{\"role\":\"COUNTY_ADMIN\",\"enabled\":false}");
        assertThat(disabledOfficer.status()).isEqualTo(200);
        try {
            List<String> otherAdmins = jdbc.sql("SELECT username FROM account WHERE role = 'COUNTY_ADMIN' AND enabled "
                    + "AND username <> 'demo-admin'").query(String.class).list();
            otherAdmins.forEach(other -> put("/api/accounts/" + other, admin, null, "{\"role\":\"VIEWER\",\"enabled\":true}"));

            var demote = put("/api/accounts/demo-admin", admin, null, "{\"role\":\"VIEWER\",\"enabled\":true}");
            assertThat(demote.status()).isEqualTo(409);
            assertThat(demote.json().path("type").asString()).endsWith("/last-admin");
            assertThat(put("/api/accounts/demo-admin", admin, null, "{\"role\":\"COUNTY_ADMIN\",\"enabled\":false}").status())
                    .isEqualTo(409);
            assertThat(api().get("/api/accounts/demo-admin", admin).json().path("role").asString()).isEqualTo("COUNTY_ADMIN");
            otherAdmins.forEach(other -> put("/api/accounts/" + other, admin, null, "{\"role\":\"COUNTY_ADMIN\",\"enabled\":true}"));
        } finally {
            put("/api/accounts/demo-officer", admin, null, "{\"role\":\"COUNTY_ADMIN\",\"enabled\":true}");
        }
    }

    @Test
    void issuedAuthorizationsAreStoredAndDeletedOnceExpired() {
        token("demo-viewer", "demo-viewer-secret");
        long stored = jdbc.sql("SELECT count(*) FROM oauth2_authorization WHERE principal_name = 'demo-viewer'")
                .query(Long.class).single();
        assertThat(stored).isPositive();

        assertThat(cleanup.deleteExpired(Instant.now())).isZero();
        jdbc.sql("UPDATE oauth2_authorization SET access_token_expires_at = now() - interval '2 hours' "
                + "WHERE principal_name = 'demo-viewer'").update();
        assertThat(cleanup.deleteExpired(Instant.now())).isEqualTo((int) stored);
        assertThat(jdbc.sql("SELECT count(*) FROM oauth2_authorization WHERE principal_name = 'demo-viewer'")
                .query(Long.class).single()).isZero();
    }
}
