package org.minyi.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml cannot be started on a machine without Docker, so this test reads it and checks
 * that it agrees with what the services themselves expect: their application.yml, the platform's
 * shared defaults (minyi-platform.yml), the PostgreSQL init script it mounts and the Dockerfile.
 * A name, port or database changed in one place and not in the other fails here.
 */
class ComposeFileConsistencyTest {

    /** What each Minyi service is: the specification the files on disk are checked against. */
    /** @param audits whether it sends its actions to the audit trail ({@code minyi.audit.topic}) */
    private record Service(String name, String database, List<String> publishes, List<String> consumes, boolean audits) {
        boolean usesKafka() {
            return !publishes.isEmpty() || !consumes.isEmpty() || audits;
        }
    }

    private static final String DEPUTY_TOPIC = "npc.deputy.events";
    private static final String PROPOSAL_TOPIC = "npc.proposal.events";
    private static final String PETITION_TOPIC = "npc.petition.events";
    private static final String AUDIT_TOPIC = "npc.audit.records";

    private static final List<Service> SERVICES = List.of(
            new Service("gateway", "minyi_gateway", List.of(), List.of(), true),
            new Service("deputy-service", "minyi_deputy", List.of(DEPUTY_TOPIC), List.of(), true),
            new Service("proposal-service", "minyi_proposal", List.of(PROPOSAL_TOPIC), List.of(DEPUTY_TOPIC), true),
            new Service("petition-service", "minyi_petition", List.of(PETITION_TOPIC), List.of(), true),
            new Service("reporting-service", "minyi_reporting", List.of(),
                    List.of(PETITION_TOPIC, PROPOSAL_TOPIC, DEPUTY_TOPIC, AUDIT_TOPIC), false));

    private static final String GATEWAY = "gateway";
    private static final String KAFKA = "kafka";
    private static final String POSTGRES = "postgres";
    private static final String INIT_DIR = "/docker-entrypoint-initdb.d";

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
    private static final Pattern CREATE_ROLE = Pattern.compile(
            "CREATE\\s+(?:ROLE|USER)\\s+(\\w+)[^;]*?PASSWORD\\s+'([^']*)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "CREATE\\s+DATABASE\\s+(\\w+)(?:\\s+(?:WITH\\s+)?OWNER\\s*=?\\s*(\\w+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPOSE_DEFAULT = Pattern.compile("\\$\\{(\\w+)(?::?-([^}]*))?}");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path ROOT = findRepositoryRoot();
    private final JsonNode compose = readYaml(ROOT.resolve("docker-compose.yml"));

    // ---------------------------------------------------------------- services and images

    @Test
    void composeDefinesTheFiveServicesPlusKafkaAndPostgres() {
        Set<String> expected = new TreeSet<>(serviceNames());
        expected.addAll(List.of(KAFKA, POSTGRES));

        assertThat(new TreeSet<>(compose.path("services").propertyNames()))
                .as("services in docker-compose.yml")
                .isEqualTo(expected);
    }

    @Test
    void eachServiceIsBuiltFromTheRootDockerfileWithItsOwnModule() {
        List<String> reactorModules = reactorModules();
        for (Service service : SERVICES) {
            JsonNode build = service(service.name()).path("build");
            String module = text(build.path("args").path("MODULE"));

            assertThat(text(build.path("context"))).as("%s: build.context", service.name()).isEqualTo(".");
            assertThat(module).as("%s: build arg MODULE", service.name()).isEqualTo(service.name());
            assertThat(ROOT.resolve(module)).as("%s: module directory", service.name()).isDirectory();
            assertThat(reactorModules).as("modules of the root pom.xml").contains(module);
        }
        assertThat(ROOT.resolve("Dockerfile")).as("the Dockerfile the services build with").isRegularFile();
    }

    @Test
    void dockerfileRunsTheModuleJarWithAxonsUpdateCheckerOff() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        assertThat(dockerfile)
                .as("the runtime stage copies the jar spring-boot-maven-plugin builds (finalName = artifactId)")
                .contains("${MODULE}/target/${MODULE}.jar /app/app.jar");
        assertThat(entrypoint(dockerfile))
                .as("ENTRYPOINT")
                .contains("-Daxoniq.update-checker.disabled=true")
                .endsWith("\"-jar\", \"/app/app.jar\"]");
    }

    @Test
    void healthcheckScriptTheServicesCallIsInTheImage() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        for (Service service : SERVICES) {
            assertThat(healthcheckCommand(service.name()))
                    .as("%s: healthcheck (the JRE image has no curl)", service.name())
                    .startsWith("CMD /app/healthcheck.sh ");
        }
        assertThat(ROOT.resolve("docker/healthcheck.sh")).as("healthcheck script").isRegularFile();
        assertThat(dockerfile).as("Dockerfile copies the healthcheck script")
                .containsPattern("COPY .*docker/healthcheck\\.sh /app/healthcheck\\.sh");
    }

    // ---------------------------------------------------------------- ports and health

    @Test
    void eachServiceListensOnItsConfiguredPortAndChecksItsHealthThere() {
        for (Service service : SERVICES) {
            String configured = text(property(applicationYml(service), "server.port"));
            String healthcheck = healthcheckCommand(service.name());

            assertThat(composePort(service))
                    .as("%s: port in compose (SERVER_PORT, else application.yml)", service.name())
                    .isEqualTo(configured);
            assertThat(healthcheck)
                    .as("%s: healthcheck must probe port %s", service.name(), configured)
                    .containsPattern("(?<!\\d)" + configured + "(?!\\d)")
                    .contains("/actuator/health");
        }
    }

    @Test
    void onlyTheGatewayAndKafkasHostListenerArePublished() {
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (String name : compose.path("services").propertyNames()) {
            if (!service(name).path("ports").isMissingNode()) {
                published.put(name, publishedPorts(name).values().stream().toList());
            }
        }
        assertThat(published.keySet())
                .as("services publishing ports on the host (all others are reached through the gateway)")
                .containsExactlyInAnyOrder(GATEWAY, KAFKA);
        assertThat(publishedPorts(GATEWAY).values())
                .as("gateway: published container port")
                .containsExactly(composePort(spec(GATEWAY)));
    }

    // ---------------------------------------------------------------- PostgreSQL

    @Test
    void eachServiceUsesItsOwnDatabaseOnThePostgresService() {
        for (Service service : SERVICES) {
            Optional<String> composeUrl = env(service.name(), "SPRING_DATASOURCE_URL");
            if (service.database() == null) {
                assertThat(composeUrl).as("%s has no database", service.name()).isEmpty();
                continue;
            }
            JdbcUrl inCompose = JdbcUrl.parse(service.name() + " in compose",
                    composeUrl.orElseGet(() -> fail("%s: SPRING_DATASOURCE_URL not set", service.name())));
            JdbcUrl inApplicationYml = JdbcUrl.parse(service.name() + " in application.yml",
                    text(property(applicationYml(service), "spring.datasource.url")));

            assertThat(inCompose.host()).as("%s: database host", service.name()).isEqualTo(POSTGRES);
            assertThat(inCompose.port()).as("%s: database port", service.name()).isEqualTo("5432");
            assertThat(inCompose.database())
                    .as("%s: database in compose vs application.yml", service.name())
                    .isEqualTo(inApplicationYml.database())
                    .isEqualTo(service.database());
            assertDependsOn(service.name(), POSTGRES, "service_healthy");
        }
    }

    @Test
    void theLocalDefaultGivesEachServiceTheSameDatabaseAsCompose() {
        for (Service service : SERVICES) {
            assertThat(LocalSuite.DATABASES.get(service.name()))
                    .as("%s: database in LocalSuite.DATABASES", service.name())
                    .isEqualTo(service.database());
        }
        assertThat(LocalSuite.DATABASES.keySet()).as("services with a database in LocalSuite.DATABASES")
                .containsExactlyInAnyOrderElementsOf(serviceNames());
    }

    @Test
    void initScriptCreatesExactlyTheServicesDatabasesOwnedByTheirRole() {
        String script = initScript();
        Set<String> composeDatabases = new TreeSet<>();
        for (Service service : SERVICES) {
            env(service.name(), "SPRING_DATASOURCE_URL")
                    .ifPresent(url -> composeDatabases.add(JdbcUrl.parse(service.name(), url).database()));
        }

        assertThat(createdDatabases(script).keySet())
                .as("databases created by the postgres init script")
                .isEqualTo(composeDatabases);
        assertThat(new TreeSet<>(createdDatabases(script).values()))
                .as("owners of the databases")
                .containsExactly(createdRole(script).getKey());
    }

    @Test
    void datasourceCredentialsAreTheInitScriptsRole() {
        Map.Entry<String, String> role = createdRole(initScript());
        for (Service service : SERVICES) {
            if (service.database() == null) {
                continue;
            }
            assertThat(requiredEnv(service.name(), "SPRING_DATASOURCE_USERNAME"))
                    .as("%s: datasource username", service.name()).isEqualTo(role.getKey());
            assertThat(requiredEnv(service.name(), "SPRING_DATASOURCE_PASSWORD"))
                    .as("%s: datasource password", service.name()).isEqualTo(role.getValue());
        }
    }

    // ---------------------------------------------------------------- Kafka

    @Test
    void kafkaServicesBootstrapFromTheBrokersInternalListener() {
        String internal = kafkaInternalListener();
        assertThat(internal).as("kafka's internal advertised listener").startsWith(KAFKA + ":");

        for (Service service : SERVICES) {
            Optional<String> bootstrap = env(service.name(), "SPRING_KAFKA_BOOTSTRAP_SERVERS");
            if (!service.usesKafka()) {
                assertThat(bootstrap).as("%s does not use Kafka", service.name()).isEmpty();
                continue;
            }
            assertThat(bootstrap).as("%s: SPRING_KAFKA_BOOTSTRAP_SERVERS", service.name()).contains(internal);
            assertDependsOn(service.name(), KAFKA, "service_healthy");
        }
    }

    @Test
    void kafkaAdvertisesAHostListenerOnAPublishedPort() {
        Map<String, String> advertised = kafkaAdvertisedListeners();
        String internalName = kafkaEnv("KAFKA_INTER_BROKER_LISTENER_NAME").orElse("PLAINTEXT");
        List<String> hostListeners = advertised.entrySet().stream()
                .filter(listener -> !listener.getKey().equals(internalName))
                .map(Map.Entry::getValue)
                .filter(address -> address.startsWith("localhost:"))
                .toList();

        assertThat(hostListeners).as("kafka: a listener advertised as localhost:<port>").hasSize(1);
        String port = hostListeners.get(0).substring("localhost:".length());
        assertThat(publishedPorts(KAFKA)).as("kafka: published ports (host -> container)").containsEntry(port, port);
    }

    @Test
    void topicsAreThePublicContractTopics() {
        for (Service service : SERVICES) {
            JsonNode config = applicationYml(service);
            assertThat(optionalList(config, "minyi.publishing.topic"))
                    .as("%s: minyi.publishing.topic", service.name())
                    .isEqualTo(service.publishes());
            assertThat(optionalList(config, "minyi.consuming.topics"))
                    .as("%s: minyi.consuming.topics", service.name())
                    .containsExactlyInAnyOrderElementsOf(service.consumes());
            assertThat(optionalList(config, "minyi.audit.topic"))
                    .as("%s: minyi.audit.topic", service.name())
                    .isEqualTo(service.audits() ? List.of(AUDIT_TOPIC) : List.of());
        }
    }

    // ---------------------------------------------------------------- gateway and tokens

    @Test
    void gatewayRoutesToEachServiceByItsComposeNameAndPort() {
        JsonNode routes = property(applicationYml(spec(GATEWAY)), "minyi.gateway.services");
        Set<String> expectedEnv = new TreeSet<>();

        for (String key : routes.propertyNames()) {
            String envName = "MINYI_GATEWAY_SERVICES_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
            Service target = spec(key + "-service");
            expectedEnv.add(envName);

            assertThat(requiredEnv(GATEWAY, envName))
                    .as("gateway: %s", envName)
                    .isEqualTo("http://" + target.name() + ":" + composePort(target));
        }
        assertThat(routes.propertyNames()).as("minyi.gateway.services in the gateway's application.yml")
                .containsExactlyInAnyOrder("deputy", "proposal", "petition", "reporting");
        assertThat(envNames(GATEWAY).stream().filter(name -> name.startsWith("MINYI_GATEWAY_SERVICES_")))
                .as("gateway: MINYI_GATEWAY_SERVICES_* in compose")
                .containsExactlyInAnyOrderElementsOf(expectedEnv);
    }

    @Test
    void everyServiceTrustsTheGatewayAsTheTokenIssuer() {
        JsonNode platform = readYaml(ROOT.resolve("platform/src/main/resources/minyi-platform.yml"));
        String jwksPath = URI.create(text(property(platform, "minyi.security.jwk-set-uri"))).getPath();
        String gatewayPort = composePort(spec(GATEWAY));
        String expectedJwks = "http://" + GATEWAY + ":" + gatewayPort + jwksPath;

        Set<String> issuers = new LinkedHashSet<>();
        for (Service service : SERVICES) {
            issuers.add(requiredEnv(service.name(), "MINYI_SECURITY_ISSUER"));
            assertThat(requiredEnv(service.name(), "MINYI_SECURITY_JWK_SET_URI"))
                    .as("%s: MINYI_SECURITY_JWK_SET_URI", service.name())
                    .isEqualTo(expectedJwks);
        }
        assertThat(issuers).as("MINYI_SECURITY_ISSUER across the services").hasSize(1);
        assertIssuerIsTheGatewaysPublishedAddress(URI.create(issuers.iterator().next()));
    }

    @Test
    void gatewayKeepsItsSigningKeyOnANamedVolume() {
        property(applicationYml(spec(GATEWAY)), "minyi.auth.key-file");
        String keyDir = Path.of(requiredEnv(GATEWAY, "MINYI_AUTH_KEY_FILE")).getParent().toString();

        Optional<String> volume = volumeMountedAt(GATEWAY, keyDir);
        assertThat(volume).as("gateway: a volume mounted at %s (the key file's directory)", keyDir).isPresent();
        assertThat(compose.path("volumes").propertyNames())
                .as("named volumes declared in docker-compose.yml")
                .contains(volume.get());
    }

    // ================================================================ helpers: the compose file

    private JsonNode service(String name) {
        JsonNode node = compose.path("services").path(name);
        assertThat(node.isObject()).as("service %s in docker-compose.yml", name).isTrue();
        return node;
    }

    private static Service spec(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseGet(() -> fail("No Minyi service named %s", name));
    }

    private static List<String> serviceNames() {
        return SERVICES.stream().map(Service::name).toList();
    }

    /** The service's environment, as a map whether compose lists it as a map or as KEY=VALUE items. */
    private Map<String, String> environment(String serviceName) {
        JsonNode env = service(serviceName).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isArray()) {
            for (JsonNode item : env.values()) {
                String[] pair = item.asString().split("=", 2);
                result.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        } else {
            env.properties().forEach(e -> result.put(e.getKey(), e.getValue().asString()));
        }
        result.replaceAll((name, value) -> withComposeDefaults(value));
        return result;
    }

    /** Compose interpolation with nothing set in the shell: ${NAME:-default} becomes default. */
    private static String withComposeDefaults(String value) {
        Matcher m = COMPOSE_DEFAULT.matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(2) == null ? "" : r.group(2)));
    }

    private Set<String> envNames(String serviceName) {
        return environment(serviceName).keySet();
    }

    private Optional<String> env(String serviceName, String name) {
        return Optional.ofNullable(environment(serviceName).get(name));
    }

    private String requiredEnv(String serviceName, String name) {
        return env(serviceName, name).orElseGet(() -> fail("%s: environment variable %s not set", serviceName, name));
    }

    /** The port the service listens on in compose: SERVER_PORT if set, else its application.yml's. */
    private String composePort(Service service) {
        return env(service.name(), "SERVER_PORT")
                .orElseGet(() -> text(property(applicationYml(service), "server.port")));
    }

    private String healthcheckCommand(String serviceName) {
        JsonNode test = service(serviceName).path("healthcheck").path("test");
        assertThat(test.isMissingNode()).as("%s: healthcheck.test", serviceName).isFalse();
        return test.isArray()
                ? test.values().stream().map(JsonNode::asString).collect(Collectors.joining(" "))
                : test.asString();
    }

    /** Published ports, host port -> container port (short syntax "[ip:]host:container" or long syntax). */
    private Map<String, String> publishedPorts(String serviceName) {
        Map<String, String> ports = new LinkedHashMap<>();
        for (JsonNode port : service(serviceName).path("ports").values()) {
            if (port.isObject()) {
                ports.put(port.path("published").asString(), port.path("target").asString());
            } else {
                String[] parts = port.asString().replaceFirst("/(tcp|udp)$", "").split(":");
                String container = parts[parts.length - 1];
                ports.put(parts.length > 1 ? parts[parts.length - 2] : container, container);
            }
        }
        return ports;
    }

    private void assertDependsOn(String serviceName, String dependency, String condition) {
        JsonNode dependsOn = service(serviceName).path("depends_on").path(dependency);
        assertThat(dependsOn.isObject()).as("%s: depends_on %s (with a condition)", serviceName, dependency).isTrue();
        assertThat(dependsOn.path("condition").asString())
                .as("%s: depends_on %s condition", serviceName, dependency)
                .isEqualTo(condition);
    }

    /** The source of the volume (short syntax "source:target[:mode]" or long syntax) mounted at target. */
    private Optional<String> volumeMountedAt(String serviceName, String target) {
        for (JsonNode volume : service(serviceName).path("volumes").values()) {
            if (volume.isObject()) {
                if (volume.path("target").asString().equals(target)) {
                    return Optional.of(volume.path("source").asString());
                }
            } else {
                String[] parts = volume.asString().split(":");
                if (parts.length >= 2 && parts[1].equals(target)) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> kafkaEnv(String name) {
        return env(KAFKA, name);
    }

    /** Advertised listeners of the kafka service, listener name -> host:port. */
    private Map<String, String> kafkaAdvertisedListeners() {
        Map<String, String> listeners = new LinkedHashMap<>();
        String value = kafkaEnv("KAFKA_ADVERTISED_LISTENERS")
                .orElseGet(() -> fail("kafka: KAFKA_ADVERTISED_LISTENERS not set"));
        for (String listener : value.split(",")) {
            String[] nameAndAddress = listener.trim().split("://", 2);
            listeners.put(nameAndAddress[0], nameAndAddress[1]);
        }
        return listeners;
    }

    /** host:port that the broker advertises on its inter-broker listener: the in-network address. */
    private String kafkaInternalListener() {
        String name = kafkaEnv("KAFKA_INTER_BROKER_LISTENER_NAME").orElse("PLAINTEXT");
        String address = kafkaAdvertisedListeners().get(name);
        assertThat(address).as("kafka: advertised address of listener %s", name).isNotNull();
        return address;
    }

    private void assertIssuerIsTheGatewaysPublishedAddress(URI issuer) {
        String gatewayPort = composePort(spec(GATEWAY));
        assertThat(issuer.getHost()).as("issuer host (the gateway's address as seen from the host)")
                .isEqualTo("localhost");
        assertThat(publishedPorts(GATEWAY))
                .as("gateway: the issuer's port %s must be published to the gateway's port", issuer.getPort())
                .containsEntry(String.valueOf(issuer.getPort()), gatewayPort);
    }

    // ================================================================ helpers: the other files

    private static JsonNode applicationYml(Service service) {
        return readYaml(ROOT.resolve(service.name()).resolve("src/main/resources/application.yml"));
    }

    /** The init script compose mounts into postgres' /docker-entrypoint-initdb.d. */
    private String initScript() {
        List<String> scripts = new ArrayList<>();
        for (JsonNode volume : service(POSTGRES).path("volumes").values()) {
            String[] parts = volume.asString().split(":");
            if (parts.length >= 2 && parts[1].startsWith(INIT_DIR)) {
                scripts.add(parts[0]);
            }
        }
        assertThat(scripts).as("postgres: init scripts mounted into %s", INIT_DIR).hasSize(1);
        Path script = ROOT.resolve(scripts.get(0)).normalize();
        assertThat(script).as("postgres init script").isRegularFile();
        return read(script).replaceAll("--[^\\n]*", "");
    }

    /** The role the script creates: name -> password. */
    private static Map.Entry<String, String> createdRole(String script) {
        Matcher m = CREATE_ROLE.matcher(script);
        assertThat(m.find()).as("init script creates a role with a password").isTrue();
        Map.Entry<String, String> role = Map.entry(m.group(1), m.group(2));
        assertThat(m.find()).as("init script creates exactly one role").isFalse();
        return role;
    }

    /** Databases the script creates: name -> owner. */
    private static Map<String, String> createdDatabases(String script) {
        Map<String, String> databases = new LinkedHashMap<>();
        Matcher m = CREATE_DATABASE.matcher(script);
        while (m.find()) {
            databases.put(m.group(1), String.valueOf(m.group(2)));
        }
        return databases;
    }

    private static List<String> reactorModules() {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1).trim());
        }
        return modules;
    }

    private static String entrypoint(String dockerfile) {
        return dockerfile.lines().filter(line -> line.startsWith("ENTRYPOINT")).reduce((a, b) -> b)
                .orElseGet(() -> fail("Dockerfile has no ENTRYPOINT"));
    }

    /** A property of a Spring YAML file by its dotted name; fails when it is missing. */
    private static JsonNode property(JsonNode yaml, String dottedName) {
        JsonNode node = yaml;
        for (String part : dottedName.split("\\.")) {
            node = node.path(part);
        }
        assertThat(node.isMissingNode()).as("property %s", dottedName).isFalse();
        return node;
    }

    /** A comma-separated property as a list; empty when the property is absent. */
    private static List<String> optionalList(JsonNode yaml, String dottedName) {
        JsonNode node = yaml;
        for (String part : dottedName.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode()) {
            return List.of();
        }
        return node.isArray()
                ? node.values().stream().map(JsonNode::asString).toList()
                : List.of(node.asString().split("\\s*,\\s*"));
    }

    private static String text(JsonNode node) {
        assertThat(node.isMissingNode() || node.isNull()).as("a value is expected").isFalse();
        return node.asString();
    }

    private record JdbcUrl(String host, String port, String database) {
        static JdbcUrl parse(String what, String url) {
            Matcher m = JDBC_URL.matcher(url);
            assertThat(m.matches()).as("%s: %s is a jdbc:postgresql://host[:port]/database URL", what, url).isTrue();
            return new JdbcUrl(m.group(1), m.group(2) == null ? "5432" : m.group(2), m.group(3));
        }
    }

    private static JsonNode readYaml(Path file) {
        return YAML.readTree(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The directory holding docker-compose.yml and the root pom.xml, at or above the working directory. */
    private static Path findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No docker-compose.yml beside a pom.xml at or above " + Path.of("").toAbsolutePath());
    }
}
