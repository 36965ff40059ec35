package org.minyi.local;

import org.minyi.local.infra.KafkaBroker;
import org.minyi.local.infra.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole suite on one machine: an embedded PostgreSQL (one database per service), an embedded
 * Kafka broker (KRaft), and the five services as child JVMs, all data under {@code MINYI_DATA_DIR}.
 * {@code ./run.sh} runs {@link #main}; the end-to-end tests drive the same class.
 */
public final class LocalSuite implements AutoCloseable {

    public static final String DB_USER = "minyi";
    public static final String DB_PASSWORD = "minyi";
    /** Service name → its database (the gateway's holds accounts and issued authorizations). */
    public static final Map<String, String> DATABASES = Map.of(
            "gateway", "minyi_gateway",
            "deputy-service", "minyi_deputy", "proposal-service", "minyi_proposal",
            "petition-service", "minyi_petition", "reporting-service", "minyi_reporting");
    private static final List<String> SERVICES = List.of("deputy-service", "proposal-service", "petition-service",
            "reporting-service");

    private final SuiteSettings settings;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    public LocalSuite(SuiteSettings settings) {
        this.settings = settings;
        Path data = settings.dataDir();
        this.postgres = new PostgresServer(data.resolve("postgres"), settings.postgresPort()).logFile(data.resolve("logs/postgres.log"));
        this.kafka = new KafkaBroker(data.resolve("kafka"), settings.kafkaPort()).logFile(data.resolve("logs/kafka.log"));
        int port = settings.gatewayPort();
        Map<String, String> common = new HashMap<>();
        common.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("MINYI_SECURITY_ISSUER", settings.gatewayUrl());
        common.put("MINYI_SECURITY_JWK_SET_URI", settings.gatewayUrl() + "/oauth2/jwks");
        common.put("MINYI_SECURITY_REVOKED_SUBJECTS_URI", settings.gatewayUrl() + "/oauth2/revoked-subjects");
        List<String> jvm = new ArrayList<>(settings.serviceJvmOptions());
        jvm.add("-Daxoniq.update-checker.disabled=true");

        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("SERVER_PORT", String.valueOf(port));
        gatewayEnv.put("MINYI_AUTH_KEY_FILE", data.resolve("keys/jwt-signing-key.json").toString());
        gatewayEnv.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASES.get("gateway")));
        gatewayEnv.put("SPRING_DATASOURCE_USERNAME", DB_USER);
        gatewayEnv.put("SPRING_DATASOURCE_PASSWORD", DB_PASSWORD);
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            int servicePort = port + 1 + i;
            gatewayEnv.put("MINYI_GATEWAY_SERVICES_" + name.replace("-service", "").toUpperCase(), "http://localhost:" + servicePort);
            Map<String, String> env = new HashMap<>(common);
            env.put("SERVER_PORT", String.valueOf(servicePort));
            env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASES.get(name)));
            env.put("SPRING_DATASOURCE_USERNAME", DB_USER);
            env.put("SPRING_DATASOURCE_PASSWORD", DB_PASSWORD);
            services.put(name, process(name, servicePort, env, jvm));
        }
        services.put("gateway", process("gateway", port, gatewayEnv, jvm));
    }

    private ServiceProcess process(String name, int port, Map<String, String> env, List<String> jvm) {
        return new ServiceProcess(name, settings.home().resolve(name).resolve("target").resolve(name + ".jar"), port, env,
                jvm, settings.dataDir().resolve("logs").resolve(name + ".log"));
    }

    /** Starts everything and returns when the gateway reports UP (every service ready). */
    public void start(Duration timeout) {
        long started = System.nanoTime();
        postgres.start();
        DATABASES.values().forEach(db -> postgres.ensureDatabase(db, DB_USER, DB_PASSWORD));
        progress("PostgreSQL ready on port " + postgres.port());
        kafka.start();
        progress("Kafka ready at " + kafka.bootstrapServers());
        services.values().forEach(ServiceProcess::start);
        for (ServiceProcess service : services.values()) {
            service.awaitReady(timeout);
            progress(service.name() + " ready on port " + service.port());
        }
        awaitGatewayUp(timeout);
        progress(String.format("all services UP in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    private void awaitGatewayUp(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException ignored) {
                // not yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ServiceProcess.sleep(500);
        }
        throw new IllegalStateException("The gateway did not report UP within " + timeout);
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public SuiteSettings settings() {
        return settings;
    }

    /** Gateway first (no new requests), then the services, then Kafka and PostgreSQL. */
    @Override
    public void close() {
        List<ServiceProcess> reverse = new ArrayList<>(services.values());
        java.util.Collections.reverse(reverse);
        reverse.forEach(ServiceProcess::stop);
        kafka.stop();
        postgres.stop();
    }

    private static void progress(String message) {
        System.out.println("[minyi] " + message);
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("minyi.home", ".")).toAbsolutePath().normalize();
        SuiteSettings settings = SuiteSettings.fromEnvironment(home, System.getenv());
        boolean demo = !"false".equalsIgnoreCase(System.getenv("MINYI_DEMO"));
        String countyFile = System.getenv("MINYI_COUNTY_FILE");
        if (!demo && (countyFile == null || countyFile.isBlank())) {
            System.err.println("[minyi] MINYI_DEMO=false needs MINYI_COUNTY_FILE: the county file of this deployment");
            System.exit(2);
        }
        LocalSuite suite = new LocalSuite(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            progress("stopping ...");
            suite.close();
            progress("stopped; data kept in " + settings.dataDir());
            stopped.countDown();
        }));
        progress("data directory: " + settings.dataDir() + " (logs in " + settings.dataDir().resolve("logs") + ")");
        try {
            suite.start(Duration.ofMinutes(5));
        } catch (RuntimeException e) {
            System.err.println("[minyi] start failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(banner(settings, suite, demo));
        DemoSeeder.startInBackground(settings, demo);
        stopped.await();
    }

    static String banner(SuiteSettings settings, LocalSuite suite, boolean demo) {
        String gateway = settings.gatewayUrl();
        StringBuilder b = new StringBuilder();
        b.append("\n  Minyi (民意) is running\n\n");
        b.append("  Gateway:        ").append(gateway).append("   (health: ").append(gateway).append("/actuator/health)\n");
        b.append("  Token endpoint: ").append(gateway).append("/oauth2/token\n");
        b.append("  Kafka:          ").append(suite.kafka().bootstrapServers()).append("   (topics npc.*.events)\n");
        b.append("  PostgreSQL:     localhost:").append(suite.postgres().port()).append("   (user minyi / minyi)\n");
        if (demo) {
            b.append("\n  Demo accounts (client credentials, HTTP Basic):\n");
            b.append("    demo-admin  / demo-admin-secret    COUNTY_ADMIN\n");
            b.append("    demo-clerk  / demo-clerk-secret    TOWNSHIP_CLERK (first township)\n");
            b.append("    demo-unit   / demo-unit-secret     HANDLING_UNIT (first unit of the first township)\n");
            b.append("    demo-viewer / demo-viewer-secret   VIEWER\n");
            b.append("  Web application: ").append(gateway).append("/app/   (sign in as a demo person, password <name>-password)\n");
            b.append("    demo-officer           COUNTY_ADMIN                       工作台 (dashboard)\n");
            b.append("    demo-township-officer  TOWNSHIP_CLERK (first township)    今日待办 (desk)\n");
            b.append("    demo-unit-officer      HANDLING_UNIT (its first unit)     待办件 (assigned to us)\n");
            b.append("    demo-leader            LEADER (county)                    工作台 (dashboard)\n");
            b.append("    demo-deputy            DEPUTY (a seeded deputy)           我的履职 (my duties)\n");
            b.append("    demo-screen            VIEWER (wall screen, 7 days)       工作台 · 大屏\n\n");
            b.append("  Try:\n");
            b.append("    TOKEN=$(curl -s -u demo-admin:demo-admin-secret -d grant_type=client_credentials ")
                    .append(gateway).append("/oauth2/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
            b.append("    curl -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/townships\n");
        }
        b.append("\n  Ctrl-C stops everything; data is kept in ").append(settings.dataDir()).append('\n');
        return b.toString();
    }
}
