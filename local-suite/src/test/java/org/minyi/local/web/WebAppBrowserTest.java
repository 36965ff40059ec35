package org.minyi.local.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.local.RunningSuite;
import org.minyi.platform.testing.ApiClient;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application in a real browser (Debian's Chromium through Playwright) against the suite as {@code ./run.sh}
 * starts it: each demo person lands on their home, a petition goes through its steps by the buttons and moves the
 * dashboard by exactly one, the Excel ledger downloads, a viewer sees no petitions, a unit sees the ID masked, a stale
 * edit gets the 412 message, a server field error shows beside its field, a deep link survives a reload, and axe-core
 * finds no serious or critical violation. Any console error or CSP violation fails. Screenshots of the main screens go
 * to {@code docs/screenshots/}; the figures (first dashboard load, initial bundle, step round trip) are printed.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest {

    private static final String TOWNSHIP = "339901001";
    private static final String TOWNSHIP_NAME = "城关街道";
    private static final String UNIT = "339901001-ZF";
    private static final String UNIT_NAME = "城关街道办事处";
    private static final String ID_NUMBER = "330101198001019876";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final UUID DEMO_DEPUTY = UUID.fromString("00000000-0000-4000-8000-00000000d001");
    private static final Pattern FIGURE = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private static ApiClient api;
    private static String admin;
    private static Path screenshots;
    private static String petitionId;

    @BeforeAll
    static void start() {
        base = RunningSuite.suite().settings().gatewayUrl();
        api = new ApiClient(base);
        admin = api.clientCredentials("demo-admin", "demo-admin-secret").json().path("access_token").asString();
        screenshots = Path.of(System.getProperty("minyi.home", "..")).toAbsolutePath().normalize().resolve("docs/screenshots");
        playwright = BrowserSession.playwright();
        browser = BrowserSession.launch(playwright);
        // The deputy demo-deputy signs in as (the demo county's seeding registers it; here the test does).
        var deputy = api.post("/api/deputies", admin, """
                {"id":"%s","name":"李春华","gender":"FEMALE","birthDate":"1978-03-08","ethnicity":"汉族","party":"CPC",
                 "occupation":"FARMER","townshipCode":"%s","electoralDistrict":"第一选区",
                 "mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":19,"electedOn":"2021-12-10"}]}"""
                .formatted(DEMO_DEPUTY, TOWNSHIP, TOWNSHIP));
        assertThat(deputy.status()).as(deputy.body()).isIn(200, 201);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static BrowserSession session() {
        return new BrowserSession(browser, base, 1366, 768);
    }

    private record Home(String username, String path, String menu) {
    }

    @Test
    @Order(1)
    void eachDemoPersonLandsOnTheirHome() {
        List<Home> homes = List.of(
                new Home("demo-officer", "/app/dashboard", "menu-accounts"),
                new Home("demo-township-officer", "/app/desk", "menu-petitions"),
                new Home("demo-unit-officer", "/app/unit-todo", "menu-petitions"),
                new Home("demo-leader", "/app/dashboard", "menu-leaderInstructions"),
                new Home("demo-deputy", "/app/me", "menu-myPoints"),
                new Home("demo-screen", "/app/dashboard", "menu-screen"));
        for (Home home : homes) {
            try (BrowserSession s = session()) {
                String landed = s.signIn(home.username());
                assertThat(landed).as(home.username()).startsWith(home.path());
                assertThat(s.page.locator("[data-test=" + home.menu() + "]").count()).as(home.username()).isPositive();
                settle(s);
                s.screenshot(screenshots, "home-" + home.username());
                if (home.username().equals("demo-deputy")) {
                    assertThat(s.page.locator("body").innerText()).contains("李春华");
                }
                if (home.username().equals("demo-screen")) {
                    // A viewer sees figures only: no petition menu, and the petitions screen sends them home.
                    assertThat(s.page.locator("[data-test=menu-petitions]").count()).isZero();
                    s.page.navigate(base + "/app/petitions");
                    s.page.waitForURL(url -> url.contains("/app/dashboard"));
                    assertThat(s.page.locator("[data-test=petition-table]").count()).isZero();
                }
                s.assertNoConsoleErrors();
            }
        }
    }

    @Test
    @Order(2)
    void aPetitionTypedInAndDrivenToAnsweredMovesTheDashboardByExactlyOne() {
        try (BrowserSession s = session()) {
            s.signIn("demo-officer");
            String dashboard = "/dashboard?townshipCode=" + TOWNSHIP;
            long started = System.nanoTime();
            s.open(dashboard);
            waitForFigure(s, "gauge-answer");
            long firstLoadMs = (System.nanoTime() - started) / 1_000_000;
            int[] before = figure(s, "gauge-answer");
            s.screenshot(screenshots, "dashboard-township");

            // Intake: a visit of two, typed in with the keyboard-fast form.
            s.open("/petitions/new");
            s.page.click("[data-test=field-channel] >> text=来访");
            choose(s, "[data-test=field-townshipCode]", TOWNSHIP_NAME);
            choose(s, "[data-test=field-villageCode]", "黄里社区");
            s.page.fill("[data-test=field-petitioners-0-name]", "王秀英");
            s.page.fill("[data-test=field-petitioners-0-idNumber]", ID_NUMBER);
            s.page.fill("[data-test=field-petitioners-0-phone]", "13912345678");
            s.page.fill("[data-test=field-subject]", "村道破损请求维修");
            s.page.fill("[data-test=field-content]", "黄里社区至杨桥社区村道多处破损，雨天积水。");
            s.screenshot(screenshots, "petition-intake");
            s.assertAccessible("petition intake");
            s.page.click("[data-test=intake-submit]");
            s.page.waitForURL(url -> url.matches(".*/app/petitions/[0-9a-f-]{36}$"));
            petitionId = s.page.url().substring(s.page.url().lastIndexOf('/') + 1);
            assertState(s, "RECEIVED");

            long stepMs = step(s, "register", () -> choose(s, "[data-test=field-category]", "其他"), "REGISTERED");
            step(s, "assign", () -> choose(s, "[data-test=field-unitCode]", UNIT_NAME), "ASSIGNED");
            step(s, "complete", () -> s.page.fill("[data-test=field-result]", "已修复破损路段。"), "COMPLETED");
            step(s, "answer", () -> s.page.fill("[data-test=field-text]", "已书面答复信访人。"), "ANSWERED");
            s.screenshot(screenshots, "petition-detail");
            s.assertAccessible("petition detail");

            // The dashboard's answer rate moves by exactly one answered of one more due.
            int[] after = before;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && after[0] == before[0]) {
                s.open(dashboard);
                waitForFigure(s, "gauge-answer");
                after = figure(s, "gauge-answer");
            }
            assertThat(after[0]).as("answered").isEqualTo(before[0] + 1);
            assertThat(after[1]).as("answers due").isEqualTo(before[1] + 1);
            settle(s);
            s.screenshot(screenshots, "dashboard");
            s.assertAccessible("dashboard");
            s.assertNoConsoleErrors();

            System.out.printf("[web] figure: dashboard first load (navigation to charts drawn): %d ms%n", firstLoadMs);
            System.out.printf("[web] figure: step button click to refreshed detail (register): %d ms%n", stepMs);
        }
    }

    @Test
    @Order(3)
    void aUnitSeesTheIdNumberMaskedUnderAWatermarkAndADeepLinkSurvivesAReload() {
        assertThat(petitionId).as("the petition of the previous test").isNotNull();
        try (BrowserSession s = session()) {
            s.signIn("demo-unit-officer");
            s.open("/petitions/" + petitionId);
            String shown = s.page.locator("[data-test=petitioner-id]").first().innerText();
            assertThat(shown).startsWith(ID_NUMBER.substring(0, 4)).endsWith(ID_NUMBER.substring(14)).contains("*")
                    .doesNotContain(ID_NUMBER);
            assertThat(s.page.locator("body").innerText()).doesNotContain(ID_NUMBER);
            assertThat(s.page.locator("[data-test=watermark]").getAttribute("data-user")).isEqualTo("demo-unit-officer");
            s.screenshot(screenshots, "petition-detail-unit");

            s.page.reload();
            s.page.waitForSelector("[data-test=petition-subject]");
            assertThat(s.page.url()).endsWith("/app/petitions/" + petitionId);
            assertThat(s.page.locator("[data-test=petition-subject]").innerText()).isEqualTo("村道破损请求维修");
            s.assertNoConsoleErrors();
        }
    }

    @Test
    @Order(4)
    void theSecondOfTwoEditorsGetsTheStaleMessage() {
        String id = assignedPetition(null);
        try (BrowserSession first = session(); BrowserSession second = session().expectingStatus(412)) {
            first.signIn("demo-officer");
            second.signIn("demo-township-officer");
            first.open("/petitions/" + id);
            second.open("/petitions/" + id);

            step(first, "supervision", () -> { }, "ASSIGNED");
            second.page.click("[data-test=step-supervision]");
            second.page.click("[data-test=step-confirm]");
            Locator message = second.page.locator(".el-message-box");
            message.waitFor();
            assertThat(message.innerText()).contains("已被他人修改");
            second.page.waitForTimeout(500);
            second.screenshot(screenshots, "stale-edit");
            first.assertNoConsoleErrors();
            second.assertNoConsoleErrors();
        }
    }

    @Test
    @Order(5)
    void aServerFieldErrorShowsBesideItsField() {
        // A complaint against a unit may not be assigned to that unit: a rule only the server knows.
        String id = registeredComplaintAgainst(UNIT);
        try (BrowserSession s = session().expectingStatus(400)) {
            s.signIn("demo-officer");
            s.open("/petitions/" + id);
            s.page.click("[data-test=step-assign]");
            choose(s, "[data-test=field-unitCode]", UNIT_NAME);
            s.page.click("[data-test=step-confirm]");
            Locator error = s.page.locator("[data-test='field-error-unitCode']");
            error.waitFor();
            assertThat(error.innerText()).contains("检举");
            s.screenshot(screenshots, "field-error");
            assertState(s, "REGISTERED");
            s.assertNoConsoleErrors();
        }
    }

    @Test
    @Order(6)
    void theExcelLedgerDownloadsFromTheReportsScreen() throws Exception {
        try (BrowserSession s = session()) {
            s.signIn("demo-officer");
            s.open("/reports");
            s.page.waitForSelector("[data-test=download-xlsx]");
            s.screenshot(screenshots, "reports");
            s.assertAccessible("reports");
            Download download = s.page.waitForDownload(() -> s.page.click("[data-test=download-xlsx]"));
            assertThat(download.suggestedFilename()).endsWith(".xlsx");
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                List<String> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.toString());
                    }
                }
                assertThat(cells).as("the ledger's cells").anySatisfy(c -> assertThat(c).contains("率"));
            }
            s.assertNoConsoleErrors();
        }
    }

    @Test
    @Order(7)
    void theMainScreensAreAccessibleAndPhotographed() {
        try (BrowserSession s = session()) {
            s.signIn("demo-officer");
            for (String screen : List.of("/desk", "/petitions", "/proposals", "/deputies", "/accounts")) {
                s.open(screen);
                settle(s);
                s.screenshot(screenshots, "screen" + screen.replace('/', '-'));
                s.assertAccessible(screen);
            }
            s.assertNoConsoleErrors();
        }
        try (BrowserSession phone = new BrowserSession(browser, base, 390, 844)) {
            phone.signIn("demo-township-officer");
            phone.open("/petitions/" + petitionId);
            settle(phone);
            phone.screenshot(screenshots, "phone-petition-detail");
            phone.assertNoConsoleErrors();
        }
        try (BrowserSession wall = new BrowserSession(browser, base, 1920, 1080)) {
            wall.signIn("demo-screen");
            wall.page.navigate(base + "/app/screen");
            wall.page.waitForSelector("canvas");
            wall.page.waitForTimeout(1000);
            wall.screenshot(screenshots, "wall-screen");
            assertThat(wall.page.locator("body").innerText()).contains("数据截至");
            wall.assertNoConsoleErrors();
        }
    }

    @Test
    @Order(8)
    void theInitialBundleIsMeasured() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String shell = http.send(HttpRequest.newBuilder(URI.create(base + "/app/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Set<String> initial = new LinkedHashSet<>();
        Matcher refs = Pattern.compile("(?:src|href)=\"(/app/assets/[^\"]+\\.(?:js|css))\"").matcher(shell);
        while (refs.find()) {
            initial.add(refs.group(1));
        }
        assertThat(initial).as("the shell's scripts and styles").isNotEmpty();
        long raw = 0;
        long gzipped = 0;
        for (String asset : initial) {
            byte[] body = http.send(HttpRequest.newBuilder(URI.create(base + asset)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            raw += body.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            }
            gzipped += out.size();
        }
        System.out.printf("[web] figure: initial bundle (%d files the shell loads): %.1f KiB gzip (%.1f KiB raw)%n",
                initial.size(), gzipped / 1024.0, raw / 1024.0);
    }

    // ---- helpers ----

    /** Every request answered and the loading masks and transitions gone, so a screenshot shows the screen. */
    private static void settle(BrowserSession s) {
        s.page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        s.page.waitForTimeout(600);
    }

    /** Opens a step's dialog, fills it, confirms, and waits for the detail to show the new state; returns the ms taken. */
    private static long step(BrowserSession s, String path, Runnable fill, String expectedState) {
        s.page.click("[data-test=step-" + path + "]");
        s.page.waitForSelector("[data-test=step-confirm]");
        fill.run();
        long started = System.nanoTime();
        s.page.click("[data-test=step-confirm]");
        s.page.locator("[data-test=step-confirm]").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        s.page.waitForSelector("[data-test=petition-state][data-state=" + expectedState + "]");
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void assertState(BrowserSession s, String state) {
        s.page.waitForSelector("[data-test=petition-state][data-state=" + state + "]");
    }

    /** Picks an option of an Element Plus select (its dropdown lives at the end of the body). */
    private static void choose(BrowserSession s, String select, String option) {
        s.page.click(select);
        s.page.locator(".el-select-dropdown:visible .el-select-dropdown__item").filter(new Locator.FilterOptions()
                .setHasText(option)).first().click();
    }

    /** The gauge drawn and every report request answered (no data reads 暂无数据 before and after loading). */
    private static void waitForFigure(BrowserSession s, String gauge) {
        s.page.waitForSelector("[data-test=" + gauge + "] canvas");
        s.page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    /** Numerator and denominator as the gauge shows them; "暂无数据" (a denominator of 0) is 0 of 0. */
    private static int[] figure(BrowserSession s, String gauge) {
        String text = s.page.locator("[data-test=" + gauge + "] [data-test=gauge-figure]").innerText();
        Matcher m = FIGURE.matcher(text);
        if (!m.find()) {
            assertThat(text).as("a gauge without figures has no data").contains("暂无数据");
            return new int[] {0, 0};
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String created(String body) {
        var created = api.post("/api/petitions", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static void stepByApi(String id, String path, String body) {
        var response = api.post("/api/petitions/" + id + "/" + path, admin, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static String assignedPetition(String accusedUnit) {
        String id = created("""
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"赵建国","phone":"13700000001"}],"subject":"土地承包纠纷","content":"承包地边界争议"}"""
                .formatted(TODAY, TOWNSHIP));
        stepByApi(id, "register", "{\"registeredOn\":\"" + TODAY + "\",\"category\":\"LAND\"}");
        stepByApi(id, "assign", "{\"assignedOn\":\"" + TODAY + "\",\"unitCode\":\"" + UNIT + "\"}");
        return id;
    }

    private static String registeredComplaintAgainst(String unit) {
        String id = created("""
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s","accusedUnitCode":"%s",
                 "petitioners":[{"name":"钱文明","phone":"13700000002"}],"subject":"检举办事处工作人员","content":"反映办事拖延"}"""
                .formatted(TODAY, TOWNSHIP, unit));
        stepByApi(id, "register", "{\"registeredOn\":\"" + TODAY + "\",\"category\":\"OTHER\",\"flags\":[\"COMPLAINT_AGAINST_UNIT\"]}");
        return id;
    }
}
