package org.minyi.local.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person at one browser (a fresh context: own cookies, own tab storage), driving the machine's own Chromium
 * (Debian's {@code chromium}; Playwright's own browser download does not work here and is switched off). Every console
 * error and content-security-policy violation is collected and fails the test at {@link #assertNoConsoleErrors()},
 * except the network errors a test says it expects (a 412 it provokes, say).
 */
final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("MINYI_CHROMIUM", "/usr/bin/chromium");
    private static final Pattern FAILED_RESOURCE = Pattern.compile("status of (\\d{3})");

    private final BrowserContext context;
    final Page page;
    final String base;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<Integer> expectedStatuses = new java.util.concurrent.CopyOnWriteArraySet<>();

    BrowserSession(Browser browser, String base, int width, int height) {
        this.base = base;
        this.context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setAcceptDownloads(true));
        this.page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                Matcher status = FAILED_RESOURCE.matcher(message.text());
                if (status.find() && expectedStatuses.contains(Integer.parseInt(status.group(1)))) {
                    return;
                }
                problems.add("console error: " + message.text() + " at " + page.url());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error + " at " + page.url()));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install -y chromium), or MINYI_CHROMIUM").exists();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                // Without these Chromium tries to reach the network at every start; a fresh profile each launch.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A network error the test provokes on purpose (the browser logs it as a console error). */
    BrowserSession expectingStatus(int status) {
        expectedStatuses.add(status);
        return this;
    }

    /** Signs in on the gateway's login page, as a person does, and returns where the app landed. */
    String signIn(String username) {
        page.navigate(base + "/app/");
        page.waitForURL(url -> url.contains("/login"));
        page.fill("#username", username);
        page.fill("#password", username + "-password");
        page.click("button[type=submit]");
        page.waitForURL(url -> url.startsWith(base + "/app/") && !url.contains("/callback"));
        page.waitForSelector("[data-test=user-name]");
        return page.url().substring(base.length());
    }

    void open(String appPath) {
        page.navigate(base + "/app" + appPath);
        page.waitForSelector("[data-test=user-name]");
    }

    void screenshot(Path directory, String name) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(false));
    }

    /** axe-core over the page as it is: no serious or critical violation. */
    void assertAccessible(String screen) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> bad = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                bad.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes().size()
                        + " nodes, first: " + (rule.getNodes().isEmpty() ? "" : rule.getNodes().get(0).getHtml()) + ")");
            }
        }
        assertThat(bad).as("accessibility of %s", screen).isEmpty();
    }

    void assertNoConsoleErrors() {
        assertThat(problems).as("console errors and CSP violations").isEmpty();
    }

    @Override
    public void close() {
        context.close();
    }
}
