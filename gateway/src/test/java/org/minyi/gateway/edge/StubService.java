package org.minyi.gateway.edge;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the four services behind the gateway (as in GatewayTest): a JDK HTTP server that is
 * always ready and answers every call with {@code {"ok":true}}, recording each API request it was
 * sent ({@code started}: headers arrived) and each one it read completely ({@code received}, with the
 * body's size).
 */
public final class StubService {

    final List<String> started = new CopyOnWriteArrayList<>();
    final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean api = !path.startsWith("/actuator");
            if (api) {
                started.add(exchange.getRequestMethod() + " " + path);
            }
            long size;
            try (InputStream in = exchange.getRequestBody()) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                exchange.close();
                return;
            }
            if (api) {
                received.add(exchange.getRequestMethod() + " " + path + " " + size);
            }
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void clear() {
        started.clear();
        received.clear();
    }

    public void stop() {
        server.stop(0);
    }

    public static Path tempKeyFile() {
        try {
            return Files.createTempDirectory("gateway-edge-test").resolve("keys/jwt-signing-key.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points a gateway under test at this stand-in for all four services, a fresh database, its own
     * key file and the issuer its tokens carry.
     */
    public void registerAsEveryService(org.springframework.test.context.DynamicPropertyRegistry registry, String database,
                                java.nio.file.Path keyFile) {
        org.minyi.platform.testing.TestInfrastructure.register(registry, database);
        registry.add("minyi.security.issuer", () -> "http://localhost:8080");
        for (String service : List.of("deputy", "proposal", "petition", "reporting")) {
            registry.add("minyi.gateway.services." + service, this::url);
        }
        registry.add("minyi.auth.key-file", keyFile::toString);
    }
}
