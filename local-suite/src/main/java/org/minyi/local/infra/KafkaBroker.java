package org.minyi.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker (KRaft combined mode, node.id=1) running as a child JVM.
 *
 * <p>A separate process, rather than an in-process server, so that it can be killed like a real
 * outage and started again on the same port and log directory. Ports are fixed for the life of
 * this object. No shutdown hook is registered: whoever owns this object must call {@link #stop()}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private static final int NODE_ID = 1;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Path serverProperties;
    private final Path logbackConfig;
    private Path logFile;
    private List<String> jvmOptions = List.of("-Xmx512m", "-Xms128m");
    private Process process;

    /**
     * @param logDir Kafka's data directory (log.dirs); formatted on the first start
     * @param port   client port on 127.0.0.1, or 0 to pick a free one now and keep it
     */
    public KafkaBroker(Path logDir, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        this.logDir = logDir.toAbsolutePath().normalize();
        if (port == 0) {
            int[] ports = LocalPorts.pickFree(2, Set.of());
            this.port = ports[0];
            this.controllerPort = ports[1];
        } else {
            this.port = port;
            this.controllerPort = LocalPorts.pickFree(1, Set.of(port))[0];
        }
        // Beside the log dir, not in it, so Kafka never sees foreign files among its partitions.
        String name = this.logDir.getFileName().toString();
        this.serverProperties = this.logDir.resolveSibling(name + "-server.properties");
        this.logbackConfig = this.logDir.resolveSibling(name + "-logback.xml");
        this.logFile = this.logDir.resolveSibling("kafka.log");
    }

    /** Where the child's stdout and stderr are appended; takes effect on the next start. */
    public synchronized KafkaBroker logFile(Path file) {
        this.logFile = file.toAbsolutePath().normalize();
        return this;
    }

    /** JVM options of the broker process (default -Xmx512m -Xms128m); takes effect on the next start. */
    public synchronized KafkaBroker jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    public String bootstrapServers() {
        return LocalPorts.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Formats the log dir if needed, starts the broker and returns once it answers an Admin
     * describeCluster. Does nothing if it is already running.
     *
     * @throws IllegalStateException if the broker does not come up within 60 s or its process dies
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        long startNanos = System.nanoTime();
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(logFile.getParent());
            writeConfig();
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format();
            }
            // Otherwise a stale broker on our port could answer the readiness probe instead of ours.
            for (int p : new int[] {port, controllerPort}) {
                if (!LocalPorts.isFree(p)) {
                    throw new IllegalStateException("Cannot start Kafka broker: port " + p + " on "
                            + LocalPorts.HOST + " is already in use");
                }
            }
            appendMarker("starting Kafka broker");
            process = javaProcess(jvmOptions, "kafka.Kafka", serverProperties.toString()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka broker; see " + logFile, e);
        }
        awaitReady();
        log.info("Kafka broker up at {} in {} ms (pid {})", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), process.pid());
    }

    /** Graceful shutdown: SIGTERM, up to 30 s for a clean exit, then SIGKILL. */
    public synchronized void stop() {
        Process p = process;
        process = null;
        if (p == null || !p.isAlive()) {
            return;
        }
        long startNanos = System.nanoTime();
        p.destroy();
        if (!waitFor(p, STOP_TIMEOUT)) {
            log.warn("Kafka broker did not stop within {} s; killing it", STOP_TIMEOUT.toSeconds());
            p.destroyForcibly();
            waitFor(p, KILL_TIMEOUT);
        }
        log.info("Kafka broker stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    /** Simulates a crash: SIGKILL at once, returning when the process is gone and its ports are released. */
    public synchronized void kill() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        if (!waitFor(p, KILL_TIMEOUT)) {
            throw new IllegalStateException("Kafka broker process " + p.pid() + " did not die after SIGKILL");
        }
        log.info("Kafka broker killed");
    }

    /** Graceful stop and start again, on the same port and data. */
    public synchronized void restart() {
        stop();
        start();
    }

    @Override
    public void close() {
        stop();
    }

    private void writeConfig() throws IOException {
        String controller = LocalPorts.HOST + ":" + controllerPort;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        // A static quorum: nothing about the voters is stored at format time, so ports may change between runs.
        config.put("controller.quorum.voters", NODE_ID + "@" + controller);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listeners", "PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controller);
        config.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        // Forward slashes are valid on every platform and need no escaping in a properties file.
        config.put("log.dirs", logDir.toString().replace('\\', '/'));
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        // One broker: every internal topic and ISR rule must be satisfiable by it alone.
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("min.insync.replicas", "1");
        config.put("default.replication.factor", "1");
        // Fewer internal partitions than the default 50: quicker first group/transaction use on a small machine.
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.num.partitions", "5");
        config.put("group.initial.rebalance.delay.ms", "0");
        // After a kill the controller refuses the new broker incarnation until the old session expires
        // (default 9 s); a shorter session makes crash-restart quick. Heartbeats stay in-process on loopback.
        config.put("broker.session.timeout.ms", "3000");
        config.put("broker.heartbeat.interval.ms", "1000");

        StringBuilder text = new StringBuilder("# Written by KafkaBroker on every start; edits are overwritten.\n");
        config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(serverProperties, text, StandardCharsets.UTF_8);

        // The child inherits our classpath, where logback would otherwise default to DEBUG.
        Files.writeString(logbackConfig, """
                <configuration>
                  <statusListener class="ch.qos.logback.core.status.NopStatusListener"/>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="state.change.logger" level="WARN"/>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
    }

    private void format() throws IOException {
        appendMarker("formatting " + logDir);
        String clusterId = Uuid.randomUuid().toString();
        // Short-lived tool: a small heap and the quick JIT tier start faster.
        Process formatter = javaProcess(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), "kafka.tools.StorageTool",
                "format", "--config", serverProperties.toString(), "--cluster-id", clusterId).start();
        if (!waitFor(formatter, FORMAT_TIMEOUT)) {
            formatter.destroyForcibly();
            waitFor(formatter, KILL_TIMEOUT);
            throw new IllegalStateException("Formatting the Kafka log dir timed out; see " + logFile);
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka log dir failed (exit code "
                    + formatter.exitValue() + "); see " + logFile);
        }
        log.info("Formatted Kafka log dir {}", logDir);
    }

    private ProcessBuilder javaProcess(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-Dlogback.configurationFile=" + logbackConfig);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Throwable lastFailure = null;
        try {
            // Plain TCP first, so the Admin client does not log a warning per refused connection.
            while (!acceptsConnections()) {
                checkAlive(deadline, null);
                Thread.sleep(100);
            }
            Admin admin = Admin.create(probeConfig());
            try {
                while (true) {
                    checkAlive(deadline, lastFailure);
                    try {
                        Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                                .nodes().get(3, TimeUnit.SECONDS);
                        if (nodes.stream().anyMatch(node -> node.id() == NODE_ID)) {
                            return;
                        }
                    } catch (ExecutionException | TimeoutException e) {
                        lastFailure = e;
                    }
                    Thread.sleep(200);
                }
            } finally {
                admin.close(Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    /** Fails start() if the child died or the deadline passed; a timed-out child is killed first. */
    private void checkAlive(long deadline, Throwable lastFailure) {
        if (!process.isAlive()) {
            int exitCode = process.exitValue();
            process = null;
            throw new IllegalStateException("Kafka broker exited with code " + exitCode
                    + " during start-up; see " + logFile);
        }
        if (System.nanoTime() > deadline) {
            kill();
            throw new IllegalStateException("Kafka broker did not come up within " + START_TIMEOUT.toSeconds()
                    + " s; see " + logFile, lastFailure);
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LocalPorts.HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Properties probeConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-broker-probe");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1_000);
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return config;
    }

    private void appendMarker(String what) throws IOException {
        Files.writeString(logFile, "==== " + Instant.now() + " KafkaBroker: " + what + " ====\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }
}
