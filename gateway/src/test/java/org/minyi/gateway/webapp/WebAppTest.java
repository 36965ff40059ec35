package org.minyi.gateway.webapp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.gateway.edge.StubService;
import org.minyi.platform.testing.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application as the gateway serves it (a stand-in build on the test classpath): the root redirects to it,
 * deep links get the shell (history fallback), hashed assets are cached for a year and the shell never, the pages
 * carry their own content security policy while the API keeps its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebAppTest {

    private static final Path KEY_FILE = StubService.tempKeyFile();
    private static final StubService SERVICE = new StubService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVICE.registerAsEveryService(registry, "gateway_webapp", KEY_FILE);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop();
    }

    private ApiClient.Response get(String path) {
        ApiClient api = new ApiClient("http://localhost:" + port);
        return api.send(api.request(path, null).header("Accept", "text/html").GET());
    }

    @Test
    void theRootGoesToTheApp() {
        assertThat(get("/").status()).isEqualTo(302);
        assertThat(get("/").header("Location")).endsWith("/app/");
        assertThat(get("/app").header("Location")).endsWith("/app/");
    }

    @Test
    void deepLinksGetTheShellWhichIsNeverCached() {
        for (String path : new String[] {"/app/", "/app/index.html", "/app/petitions/7d1c0e7e-3f7a-4a43-9d64-0d8f1b2b2c10",
                "/app/reports/petitions"}) {
            ApiClient.Response shell = get(path);
            assertThat(shell.status()).as(path).isEqualTo(200);
            assertThat(shell.body()).as(path).contains("民意 test shell");
            assertThat(shell.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(shell.header("Cache-Control")).as(path).contains("no-cache").doesNotContain("max-age=31536000");
            String policy = shell.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(shell.header("X-Content-Type-Options")).isEqualTo("nosniff");
            // A browser sends the app's own POSTs with its origin (under no-referrer it would send "null").
            assertThat(shell.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void hashedAssetsAreCachedForAYearAndMissingFilesAre404() {
        ApiClient.Response asset = get("/app/assets/index-t3st1ng.js");
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.body()).contains("minyi test asset");
        assertThat(asset.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");

        assertThat(get("/app/assets/index-missing.js").status()).isEqualTo(404);
        assertThat(get("/app/missing.css").status()).isEqualTo(404);
    }

    @Test
    void theApiKeepsItsOwnPolicyAndNeedsItsToken() {
        ApiClient.Response api = get("/api/petitions");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(api.header("Cache-Control")).contains("no-store");
        // The app's shell holds no data, so it loads without a token; writing to it is refused.
        ApiClient client = new ApiClient("http://localhost:" + port);
        assertThat(client.send(client.request("/app/", null).POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .status()).isIn(403, 405);
    }
}
