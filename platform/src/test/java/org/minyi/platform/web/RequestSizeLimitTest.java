package org.minyi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.ApiClient;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body size limit over real HTTP, in a bare servlet application with only the web auto-configurations
 * and the platform's problem details: announced sizes are refused before the handler runs, chunked
 * bodies as soon as they pass the limit, whoever is reading them.
 */
@SpringBootTest(classes = RequestSizeLimitTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "minyi.web.max-request-bytes=1000")
class RequestSizeLimitTest {

    static final AtomicInteger HANDLED = new AtomicInteger();

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        HANDLED.set(0);
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    /** A JSON object of exactly {@code size} bytes. */
    private static String json(int size) {
        String head = "{\"text\":\"";
        String tail = "\"}";
        return head + "x".repeat(size - head.length() - tail.length()) + tail;
    }

    private ApiClient.Response postChunked(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return api().send(api().request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    private static void assertTooLarge(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo("https://minyi.org/problems/payload-too-large");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("title").asString()).isEqualTo("请求体过大");
        assertThat(problem.path("titleEn").asString()).isEqualTo("Payload too large");
        assertThat(problem.path("detail").asString()).contains("1000");
        assertThat(problem.path("detailEn").asString()).contains("1000");
        assertThat(problem.path("maxBytes").asLong()).isEqualTo(1000);
    }

    @Test
    void aBodyUpToTheLimitIsServed() {
        var announced = api().post("/json", null, json(1000));
        assertThat(announced.status()).as(announced.body()).isEqualTo(200);
        assertThat(announced.body()).isEqualTo("989");
        var chunked = postChunked("/json", json(1000));
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(200);
        assertThat(HANDLED).hasValue(2);
    }

    @Test
    void anAnnouncedBodyOverTheLimitIsRefusedBeforeTheHandler() {
        assertTooLarge(api().post("/json", null, json(1001)));
        assertTooLarge(api().post("/raw", null, json(50_000)));
        assertThat(HANDLED).hasValue(0);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileBeingRead() {
        // Spring MVC's converter fails reading it: 413, not the 400 of an unreadable body.
        assertTooLarge(postChunked("/json", json(1001)));
        assertThat(HANDLED).hasValue(0);
        // A handler reading the stream itself gets at most one byte past the limit, then a failure.
        assertTooLarge(postChunked("/raw", json(200_000)));
        // A handler that catches the failure has been given the first 1000 bytes, never more.
        var swallowed = postChunked("/swallow", json(5000));
        assertThat(swallowed.body()).isEqualTo("read 1000 bytes, then: Request body exceeds 1000 bytes");
        // The reader interface is limited too.
        assertTooLarge(postChunked("/reader", json(5000)));
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            ErrorMvcAutoConfiguration.class, WebAutoConfiguration.class, RequestSizeAutoConfiguration.class})
    @Import(App.Endpoints.class)
    static class App {

        @RestController
        static class Endpoints {

            @PostMapping("/json")
            String json(@RequestBody Map<String, String> body) {
                HANDLED.incrementAndGet();
                return String.valueOf(body.get("text").length());
            }

            @PostMapping("/raw")
            String raw(HttpServletRequest request) throws IOException {
                HANDLED.incrementAndGet();
                return String.valueOf(request.getInputStream().readAllBytes().length);
            }

            @PostMapping("/swallow")
            String swallow(HttpServletRequest request) {
                byte[] buffer = new byte[100];
                int total = 0;
                try {
                    var in = request.getInputStream();
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                    }
                } catch (IOException e) {
                    return "read " + total + " bytes, then: " + e.getMessage();
                }
                return "read " + total;
            }

            @PostMapping("/reader")
            String reader(HttpServletRequest request) throws IOException {
                StringBuilder text = new StringBuilder();
                var reader = request.getReader();
                for (int c; (c = reader.read()) >= 0; ) {
                    text.append((char) c);
                }
                return String.valueOf(text.length());
            }
        }
    }
}
