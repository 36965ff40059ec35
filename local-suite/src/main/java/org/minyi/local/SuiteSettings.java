package org.minyi.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the local default is configured with, from environment variables:
 * {@code MINYI_DATA_DIR} (default ./data), {@code GATEWAY_PORT} (8080; the four services listen on the
 * next four ports), {@code MINYI_KAFKA_PORT} (9092), {@code MINYI_PG_PORT} (5432),
 * {@code MINYI_SERVICE_JAVA_OPTS} (JVM options of each service). {@code MINYI_DEMO} and
 * {@code MINYI_COUNTY_FILE} pass through to the services.
 */
public record SuiteSettings(Path home, Path dataDir, int gatewayPort, int kafkaPort, int postgresPort,
                            List<String> serviceJvmOptions) {

    public static SuiteSettings fromEnvironment(Path home, Map<String, String> env) {
        String javaOpts = env.getOrDefault("MINYI_SERVICE_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC -Xss512k");
        return new SuiteSettings(home,
                Path.of(env.getOrDefault("MINYI_DATA_DIR", home.resolve("data").toString())).toAbsolutePath(),
                Integer.parseInt(env.getOrDefault("GATEWAY_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("MINYI_KAFKA_PORT", "9092")),
                Integer.parseInt(env.getOrDefault("MINYI_PG_PORT", "5432")),
                List.of(javaOpts.trim().split("\\s+")));
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }
}
