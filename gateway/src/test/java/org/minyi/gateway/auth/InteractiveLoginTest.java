package org.minyi.gateway.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logs in as the dashboard makes them: the real authorization-code flow with PKCE, driven by
 * a cookie-keeping HTTP client as a browser would (authorization request, login page, form login with
 * CSRF, back to the authorization request, code to the redirect URI, code and verifier for a token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InteractiveLoginTest {

    private static final String CLIENT_ID = "minyi-dashboard";
    private static final String REDIRECT_URI = "http://localhost:5173/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${minyi.security.issuer}")
    String issuer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        TestInfrastructure.register(registry, "gateway_login");
        Path keyFile = Files.createTempDirectory("gateway-login-test").resolve("keys/jwt-signing-key.json");
        registry.add("minyi.auth.key-file", keyFile::toString);
        // Lock-outs short enough to wait out in a test; the doubling is what is checked.
        registry.add("minyi.auth.lockout.first", () -> "PT2S");
        registry.add("minyi.auth.lockout.longest", () -> "PT30S");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A browser: keeps cookies, does not follow redirects by itself so each step can be checked. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? base() + url : url))
                    .header("Accept", "text/html,application/xhtml+xml").GET());
        }

        HttpResponse<String> postForm(String path, Map<String, String> form) {
            return send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Accept", "text/html,application/xhtml+xml")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private record Pkce(String verifier, String challenge) {

        static Pkce create() {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect, got: %s", response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String authorizationRequest(Pkce pkce, String state) {
        return "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT_URI, "state", state,
                "code_challenge", pkce.challenge(), "code_challenge_method", "S256"));
    }

    /** Starts the flow and logs in; returns where the browser was sent after posting the login form. */
    private String login(Browser browser, Pkce pkce, String state, String username, String password) {
        String toLogin = location(browser.get(authorizationRequest(pkce, state)));
        assertThat(URI.create(toLogin).getPath()).isEqualTo("/login");

        HttpResponse<String> page = browser.get(toLogin);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login form carries the CSRF token").isTrue();

        return location(browser.postForm("/login", Map.of("username", username, "password", password,
                "_csrf", csrf.group(1))));
    }

    /** The whole flow up to the code the dashboard receives at its redirect URI. */
    private String code(Browser browser, Pkce pkce, String username, String password) {
        String state = UUID.randomUUID().toString();
        String afterLogin = login(browser, pkce, state, username, password);
        assertThat(URI.create(afterLogin).getPath()).isEqualTo("/oauth2/authorize");

        URI callback = URI.create(location(browser.get(afterLogin)));
        assertThat(callback.getScheme() + "://" + callback.getAuthority() + callback.getPath()).isEqualTo(REDIRECT_URI);
        Map<String, String> params = query(callback);
        assertThat(params).as("callback %s", callback).containsEntry("state", state).containsKey("code");
        return params.get("code");
    }

    /** The dashboard's token request: a public client, so client_id and the PKCE verifier, no secret. */
    private ApiClient.Response exchange(String code, String verifier) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID));
        if (verifier != null) {
            values.put("code_verifier", verifier);
        }
        ApiClient api = new ApiClient(base());
        return api.send(api.request("/oauth2/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(values))));
    }

    private ApiClient.Response adminCall(String method, String path, String json) {
        ApiClient api = new ApiClient(base());
        String admin = api.clientCredentials("demo-admin", "demo-admin-secret").json().path("access_token").asString();
        return api.send(api.request(path, admin).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void aPersonLogsInThroughTheDashboardFlowAndGetsATokenCarryingTheirRoleAndTownships() throws Exception {
        Browser browser = new Browser();
        Pkce pkce = Pkce.create();
        String code = code(browser, pkce, "demo-township-officer", "demo-township-officer-password");

        ApiClient.Response token = exchange(code, pkce.verifier());
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        JsonNode body = token.json();
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        // The dashboard stays signed in through a working day with rotating refresh tokens (refreshTokens... below).
        assertThat(body.path("refresh_token").asString()).isNotBlank();
        assertThat(body.path("expires_in").asLong()).isBetween(590L, 600L);

        String accessToken = body.path("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("demo-township-officer");
        assertThat(claims.getAudience()).containsExactly("minyi");
        assertThat(claims.getStringClaim("role")).isEqualTo("TOWNSHIP_CLERK");
        assertThat(claims.getStringListClaim("townships")).containsExactly("339901001");

        // The token is accepted like a client's.
        ApiClient api = new ApiClient(base());
        assertThat(api.get("/api/townships", accessToken).status()).isEqualTo(200);
        // A code is good for one exchange only.
        assertThat(exchange(code, pkce.verifier()).status()).isEqualTo(400);

        // Still logged in: the next authorization request goes straight back to the dashboard with a new code.
        Pkce again = Pkce.create();
        URI callback = URI.create(location(browser.get(authorizationRequest(again, "second"))));
        assertThat(query(callback)).containsKey("code").containsEntry("state", "second");
        JWTClaimsSet second = SignedJWT.parse(exchange(query(callback).get("code"), again.verifier())
                .json().path("access_token").asString()).getJWTClaimsSet();
        assertThat(second.getSubject()).isEqualTo("demo-township-officer");
    }

    @Test
    void theCountyOfficerGetsACountyAdminToken() throws Exception {
        Pkce pkce = Pkce.create();
        String code = code(new Browser(), pkce, "demo-officer", "demo-officer-password");
        String accessToken = exchange(code, pkce.verifier()).json().path("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
        assertThat(claims.getStringClaim("role")).isEqualTo("COUNTY_ADMIN");
        assertThat(claims.getStringListClaim("townships")).isEmpty();
        // A county admin who logged in manages accounts, as the dashboard will.
        assertThat(new ApiClient(base()).get("/api/accounts", accessToken).status()).isEqualTo(200);
    }

    @Test
    void theLoginPageIsChineseFirstAndAWrongPasswordFails() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"zh-CN\"", "用户名", "密码", "登录", "Sign in", "name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "form-action 'self' http://localhost:5173", "frame-ancestors 'none'");

        String failed = login(browser, Pkce.create(), "s1", "demo-township-officer", "not-the-password");
        assertThat(failed).endsWith("/login?error");
        HttpResponse<String> errorPage = browser.get(failed);
        assertThat(errorPage.body()).contains("用户名或密码错误", "Wrong username or password");
        assertThat(errorPage.body()).doesNotContain("not-the-password");

        // Not logged in: the authorization request still goes to the login page, no code is issued.
        assertThat(URI.create(location(browser.get(authorizationRequest(Pkce.create(), "s2")))).getPath()).isEqualTo("/login");

        // Unknown people and clients (whose secret is no password) cannot log in either.
        assertThat(login(new Browser(), Pkce.create(), "s3", "nobody", "whatever-password")).endsWith("/login?error");
        assertThat(login(new Browser(), Pkce.create(), "s4", "demo-admin", "demo-admin-secret")).endsWith("/login?error");
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        Browser browser = new Browser();
        browser.get(authorizationRequest(Pkce.create(), "s"));
        HttpResponse<String> forged = browser.postForm("/login",
                Map.of("username", "demo-officer", "password", "demo-officer-password"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theCodeIsUselessWithoutTheRightVerifier() {
        Pkce pkce = Pkce.create();
        String code = code(new Browser(), pkce, "demo-township-officer", "demo-township-officer-password");

        // Without a verifier the dashboard is not even authenticated as a (public) client.
        ApiClient.Response missing = exchange(code, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().path("error").asString()).isEqualTo("invalid_client");
        assertThat(missing.json().has("access_token")).isFalse();

        ApiClient.Response wrong = exchange(code, Pkce.create().verifier());
        assertThat(wrong.status()).isBetween(400, 401);
        assertThat(wrong.json().path("error").asString()).isIn("invalid_grant", "invalid_client");
        assertThat(wrong.json().has("access_token")).isFalse();
    }

    @Test
    void theDashboardMustUsePkceAndItsRegisteredRedirectUri() {
        Browser browser = new Browser();
        String code = code(browser, Pkce.create(), "demo-officer", "demo-officer-password");
        assertThat(code).isNotBlank();

        // Without a code challenge: sent back to the dashboard with an error, no code.
        URI noPkce = URI.create(location(browser.get("/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI, "state", "x")))));
        assertThat(query(noPkce)).containsEntry("error", "invalid_request").doesNotContainKey("code");

        // Another redirect URI is never redirected to.
        HttpResponse<String> elsewhere = browser.get("/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", CLIENT_ID, "redirect_uri", "http://evil.example/callback", "state", "x",
                "code_challenge", Pkce.create().challenge(), "code_challenge_method", "S256")));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsLength() {
        var common = adminCall("POST", "/api/accounts", """
                {"username":"clerk-common","kind":"PERSON","password":"1Qaz2wsx3edc","role":"TOWNSHIP_CLERK",
                 "townships":["339901001"]}""");
        assertThat(common.status()).as(common.body()).isEqualTo(400);
        assertThat(common.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(common.json().path("errors").get(0).path("messageEn").asString()).contains("common password");
        assertThat(common.body()).doesNotContain("1Qaz2wsx3edc");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE username = 'clerk-common'", Long.class)).isZero();
    }

    @Test
    void repeatedWrongPasswordsLockThePersonOutForAGrowingTime() throws Exception {
        assertThat(adminCall("POST", "/api/accounts", """
                {"username":"clerk-guessed","kind":"PERSON","password":"clerk-guessed-password","role":"TOWNSHIP_CLERK",
                 "townships":["339901001"]}""").status()).isEqualTo(201);
        for (int i = 1; i <= 5; i++) {
            assertThat(login(new Browser(), Pkce.create(), "w" + i, "clerk-guessed", "guess-" + i)).endsWith("/login?error");
        }
        // Locked: even the right password does not sign in, and the lock-out is in the account's history.
        assertThat(login(new Browser(), Pkce.create(), "r1", "clerk-guessed", "clerk-guessed-password")).endsWith("/login?error");
        assertThat(jdbc.queryForList("SELECT change FROM account_change WHERE username = 'clerk-guessed' ORDER BY id",
                String.class)).containsExactly("CREATED", "LOCKED_OUT");
        assertThat(lockSeconds("clerk-guessed")).isEqualTo(2);

        // Once the lock has passed, one more wrong password locks it again, for twice as long.
        Thread.sleep(2_200);
        assertThat(login(new Browser(), Pkce.create(), "w6", "clerk-guessed", "guess-6")).endsWith("/login?error");
        assertThat(lockSeconds("clerk-guessed")).isEqualTo(4);
        assertThat(login(new Browser(), Pkce.create(), "r2", "clerk-guessed", "clerk-guessed-password")).endsWith("/login?error");

        // After it, the right password signs in and the count starts again.
        Thread.sleep(4_200);
        assertThat(code(new Browser(), Pkce.create(), "clerk-guessed", "clerk-guessed-password")).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE username = 'clerk-guessed'", Long.class))
                .isZero();
    }

    private long lockSeconds(String username) {
        return jdbc.queryForObject("SELECT extract(epoch FROM locked_until - last_failed)::bigint FROM login_failure"
                + " WHERE username = ?", Long.class, username);
    }

    @Test
    void aDisabledPersonCannotLogInAndAPersonCreatedByAnAdminCan() throws Exception {
        var created = adminCall("POST", "/api/accounts", """
                {"username":"leader-li","kind":"PERSON","password":"leader-li-password","role":"LEADER",
                 "townships":["339901001","339901002"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Pkce pkce = Pkce.create();
        JWTClaimsSet claims = SignedJWT.parse(exchange(code(new Browser(), pkce, "leader-li", "leader-li-password"),
                pkce.verifier()).json().path("access_token").asString()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("role")).isEqualTo("LEADER");
        assertThat(claims.getStringListClaim("townships")).containsExactly("339901001", "339901002");

        // Disabled after logging in: the code already issued gets no token.
        Browser browser = new Browser();
        Pkce pending = Pkce.create();
        String code = code(browser, pending, "leader-li", "leader-li-password");
        assertThat(adminCall("PUT", "/api/accounts/leader-li", "{\"role\":\"LEADER\",\"enabled\":false}").status())
                .isEqualTo(200);
        ApiClient.Response refused = exchange(code, pending.verifier());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asString()).isEqualTo("invalid_grant");

        // And cannot log in again.
        assertThat(login(new Browser(), Pkce.create(), "s", "leader-li", "leader-li-password")).endsWith("/login?error");
    }

    @Test
    void tokenRequestsAreNotAnsweredFromTheLoginSession() {
        // The session cookie of a logged-in person does not stand in for client authentication.
        Browser browser = new Browser();
        code(browser, Pkce.create(), "demo-officer", "demo-officer-password");
        HttpResponse<String> response = browser.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"));
        assertThat(response.statusCode()).isBetween(400, 401);
        assertThat(JSON.readTree(response.body()).path("error").asString()).isEqualTo("invalid_client");
        assertThat(response.body()).doesNotContain("access_token");
    }

    private ApiClient.Response refresh(String refreshToken) {
        ApiClient api = new ApiClient(base());
        return api.send(api.request("/oauth2/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "refresh_token",
                        "refresh_token", refreshToken, "client_id", CLIENT_ID)))));
    }

    private JsonNode signIn(String username) {
        Pkce pkce = Pkce.create();
        ApiClient.Response token = exchange(code(new Browser(), pkce, username, username + "-password"), pkce.verifier());
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return token.json();
    }

    /** When a refresh token stops working, as the authorization server stored it. */
    private Instant refreshTokenExpiry(String refreshToken) {
        return jdbc.queryForObject("SELECT refresh_token_expires_at FROM oauth2_authorization WHERE refresh_token_value = ?",
                java.sql.Timestamp.class, refreshToken).toInstant();
    }

    @Test
    void refreshTokensRotateAndNeverOutliveTheSignIn() throws Exception {
        JsonNode first = signIn("demo-township-officer");
        String refreshToken = first.path("refresh_token").asString();
        Instant signInBound = refreshTokenExpiry(refreshToken);
        assertThat(signInBound).isBetween(Instant.now().plus(Duration.ofHours(10)).minusSeconds(60),
                Instant.now().plus(Duration.ofHours(10)).plusSeconds(5));

        ApiClient.Response refreshed = refresh(refreshToken);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String access = refreshed.json().path("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("demo-township-officer");
        assertThat(claims.getStringClaim("role")).isEqualTo("TOWNSHIP_CLERK");
        assertThat(new ApiClient(base()).get("/api/townships", access).status()).isEqualTo(200);

        // Rotated: a new refresh token with the same bound; the old one no longer works.
        String rotated = refreshed.json().path("refresh_token").asString();
        assertThat(rotated).isNotBlank().isNotEqualTo(refreshToken);
        assertThat(refreshTokenExpiry(rotated)).isEqualTo(signInBound);
        ApiClient.Response replayed = refresh(refreshToken);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json().path("error").asString()).isEqualTo("invalid_grant");

        // Only the dashboard's own tokens: another client id is refused.
        ApiClient api = new ApiClient(base());
        ApiClient.Response otherClient = api.send(api.request("/oauth2/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "refresh_token",
                        "refresh_token", rotated, "client_id", "demo-admin")))));
        assertThat(otherClient.status()).isEqualTo(401);
        assertThat(otherClient.json().path("error").asString()).isEqualTo("invalid_client");

        // Signing out revokes the refresh token (client id only, as the browser has no secret).
        ApiClient.Response revoked = api.send(api.request("/oauth2/revoke", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", rotated,
                        "token_type_hint", "refresh_token", "client_id", CLIENT_ID)))));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(refresh(rotated).status()).isEqualTo(400);
    }

    @Test
    void aWallScreenStaysSignedInForDaysAndADisabledAccountCannotRefresh() {
        JsonNode screen = signIn("demo-screen");
        Instant bound = refreshTokenExpiry(screen.path("refresh_token").asString());
        assertThat(bound).isAfter(Instant.now().plus(Duration.ofDays(6)));

        var created = adminCall("POST", "/api/accounts", """
                {"username":"clerk-wang","kind":"PERSON","password":"clerk-wang-password","role":"TOWNSHIP_CLERK",
                 "townships":["339901001"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String refreshToken = signIn("clerk-wang").path("refresh_token").asString();
        ApiClient.Response refreshed = refresh(refreshToken);
        assertThat(refreshed.status()).isEqualTo(200);
        String next = refreshed.json().path("refresh_token").asString();

        assertThat(adminCall("PUT", "/api/accounts/clerk-wang", "{\"role\":\"TOWNSHIP_CLERK\",\"townships\":[\"339901001\"],\"enabled\":false}").status())
                .isEqualTo(200);
        ApiClient.Response refused = refresh(next);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asString()).isEqualTo("invalid_grant");
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void theWebApplicationsOwnCallbackIsARegisteredRedirectUri() {
        Browser browser = new Browser();
        Pkce pkce = Pkce.create();
        String appCallback = issuer + "/app/callback";
        String afterLogin = login(browser, pkce, "s", "demo-officer", "demo-officer-password");
        assertThat(URI.create(afterLogin).getPath()).isEqualTo("/oauth2/authorize");
        URI callback = URI.create(location(browser.get("/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", CLIENT_ID, "redirect_uri", appCallback, "state", "app",
                "code_challenge", pkce.challenge(), "code_challenge_method", "S256")))));
        assertThat(callback.toString()).startsWith(appCallback + "?");
        assertThat(query(callback)).containsKey("code").containsEntry("state", "app");

        // Signing in from the login page alone goes to the web application; signing out is a plain navigation.
        Browser direct = new Browser();
        HttpResponse<String> page = direct.get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String landed = location(direct.postForm("/login", Map.of("username", "demo-officer",
                "password", "demo-officer-password", "_csrf", csrf.group(1))));
        assertThat(URI.create(landed).getPath()).isEqualTo("/app/");
        assertThat(location(direct.get("/logout"))).endsWith("/login?logout");
        // Signed out: the next authorization request asks for the password again.
        assertThat(URI.create(location(direct.get(authorizationRequest(Pkce.create(), "after")))).getPath()).isEqualTo("/login");
    }
}
