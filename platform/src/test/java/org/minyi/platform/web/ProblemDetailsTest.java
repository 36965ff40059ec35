package org.minyi.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.platform.model.IllegalStep;
import org.minyi.platform.model.UnknownReference;
import org.minyi.platform.testing.ApiClient;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals every service shares, over real HTTP in a bare servlet application with the platform's web
 * conventions: each is {@code application/problem+json} with Chinese and English words, and names what
 * was wrong.
 */
@SpringBootTest(classes = ProblemDetailsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest {

    /** A request body of the kind services take. */
    record Letter(String content, List<String> tags, Integer pages, java.time.LocalDate receivedOn) {
    }

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    private static JsonNode problem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + type);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("titleEn").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("detailEn").asString()).isNotBlank();
        return problem;
    }

    private static String onlyField(JsonNode problem) {
        assertThat(problem.path("errors")).hasSize(1);
        return problem.path("errors").get(0).path("field").asString();
    }

    @Test
    void aWellFormedBodyIsTaken() {
        var response = api().post("/letters", null, "{\"content\":\"村道路灯不亮\",\"tags\":[\"路灯\"],\"pages\":2}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("村道路灯不亮");
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        var problem = problem(api().post("/letters", null, "{\"contnet\":\"村道路灯不亮\"}"), 400, "validation");
        assertThat(onlyField(problem)).isEqualTo("contnet");
        assertThat(problem.path("errors").get(0).path("messageEn").asString()).isEqualTo("no such field");
    }

    @Test
    void aNulCharacterIsRefusedNamingTheFieldAndNotEchoed() {
        var problem = problem(api().post("/letters", null, "{\"content\":\"秘密\\u0000内容\"}"), 400, "validation");
        assertThat(onlyField(problem)).isEqualTo("content");
        assertThat(problem.toString()).doesNotContain("秘密");

        var inList = problem(api().post("/letters", null, "{\"content\":\"x\",\"tags\":[\"a\",\"b\\u0000\"]}"), 400, "validation");
        assertThat(onlyField(inList)).isEqualTo("tags[1]");
    }

    @Test
    void aDateOutsideTheCalendarTheContractKnowsIsRefusedByName() {
        for (String date : List.of("-0001-01-01", "0099-12-31", "3000-01-01", "2026-02-30", "02/03/2026")) {
            var problem = problem(api().post("/letters", null, "{\"content\":\"x\",\"receivedOn\":\"" + date + "\"}"),
                    400, "validation");
            assertThat(onlyField(problem)).as(date).isEqualTo("receivedOn");
        }
        assertThat(api().post("/letters", null, "{\"content\":\"x\",\"receivedOn\":\"1958-06-01\"}").status()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        var problem = problem(api().get("/api/nothing-here", null), 404, "not-found");
        assertThat(problem.path("detail").asString()).doesNotContain("static resource");
    }

    @Test
    void aMethodNotTakenIsA405ProblemWithAllow() {
        var response = api().send(api().request("/letters", null).DELETE());
        problem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415Problem() {
        var response = api().send(api().request("/letters", null).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        problem(response, 415, "unsupported-media-type");
    }

    @Test
    void aFormatTheAddressCannotGiveIsA406Problem() {
        var response = api().send(api().request("/letters", null).header("Content-Type", "application/json")
                .header("Accept", "image/png").POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}")));
        assertThat(response.status()).isEqualTo(406);
    }

    @Test
    void aMissingParameterIsNamed() {
        var problem = problem(api().get("/search", null), 400, "validation");
        assertThat(onlyField(problem)).isEqualTo("q");
    }

    @Test
    void aQueryTheContainerCannotReadIsA400() {
        for (String query : List.of("size=%ED%A0%80", "size=%C0%AF", "size=%FF", "=x", "%00=1", "%01x=1")) {
            problem(api().get("/api/search?q=a&" + query, null), 400, "malformed-request");
        }
        assertThat(api().get("/api/search?q=%E6%9D%91&&", null).body()).isEqualTo("村");
    }

    @Test
    void aWildcardOrMultipartContentTypeIsA415() {
        for (String type : List.of("*/*", "application/*", "multipart/form-data", "not a type")) {
            var response = api().send(api().request("/api/letters", null).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}")));
            problem(response, 415, "unsupported-media-type");
        }
    }

    @Test
    void aWriteWhoseAnswerCannotBeJsonIsRefusedBeforeAnythingIsDone() {
        int before = App.Endpoints.WRITES.get();
        var refused = api().send(api().request("/api/letters", null).header("Content-Type", "application/json")
                .header("Accept", "application/xml").POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}")));
        problem(refused, 406, "not-acceptable");
        assertThat(App.Endpoints.WRITES.get()).isEqualTo(before);
        var taken = api().send(api().request("/api/letters", null).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}")));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(App.Endpoints.WRITES.get()).isEqualTo(before + 1);
    }

    @Test
    void anIllegalStepIsA409WithTheStateAndTheStepsAllowed() {
        var problem = problem(api().post("/steps/illegal", null, "{}"), 409, "illegal-step");
        assertThat(problem.path("action").asString()).isEqualTo("ANSWER");
        assertThat(problem.path("currentState").asString()).isEqualTo("RECEIVED");
        assertThat(problem.path("allowedActions").toString()).isEqualTo("[\"REGISTER\",\"NOT_ACCEPT\"]");
        assertThat(problem.path("round").asInt()).isEqualTo(2);
    }

    @Test
    void severalUnknownReferencesAreNamedInOneRefusal() {
        var problem = problem(api().post("/steps/references", null, "{}"), 422, "unknown-reference");
        assertThat(problem.path("errors")).hasSize(2);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("townshipCode");
        assertThat(problem.path("errors").get(1).path("field").asString()).isEqualTo("unitCodes[1]");
        assertThat(problem.path("detailEn").asString()).contains("townshipCode").contains("unitCodes[1]");
    }

    @Test
    void anUnexpectedErrorIsA500WithACorrelationIdAndNoInternals(CapturedOutput output) {
        var problem = problem(api().get("/boom", null), 500, "internal-error");
        String correlationId = problem.path("correlationId").asString();
        assertThat(correlationId).matches("[0-9a-f-]{36}");
        assertThat(problem.path("detailEn").asString()).contains(correlationId);
        assertThat(problem.toString()).doesNotContain("IllegalStateException").doesNotContain("13957104477");
        // The log carries the id and where it happened, never the message, which may hold what the request held.
        assertThat(output.getAll()).contains(correlationId).contains("java.lang.IllegalStateException")
                .doesNotContain("13957104477");
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            ErrorMvcAutoConfiguration.class, WebAutoConfiguration.class})
    @Import(App.Endpoints.class)
    static class App {

        @RestController
        static class Endpoints {

            static final java.util.concurrent.atomic.AtomicInteger WRITES = new java.util.concurrent.atomic.AtomicInteger();

            @PostMapping("/api/letters")
            java.util.Map<String, String> apiLetter(@RequestBody Letter letter) {
                WRITES.incrementAndGet();
                return java.util.Map.of("content", letter.content());
            }

            @GetMapping(path = "/api/search", produces = "text/plain")
            String apiSearch(@RequestParam String q) {
                return q;
            }

            @PostMapping(path = "/letters", produces = "text/plain")
            String letter(@RequestBody Letter letter) {
                return letter.content();
            }

            @GetMapping("/search")
            String search(@RequestParam String q) {
                return q;
            }

            @PostMapping("/steps/illegal")
            void illegal() {
                throw new IllegalStep("ANSWER", "RECEIVED", List.of("REGISTER", "NOT_ACCEPT"),
                        "信访件尚未办结，不能答复。", "The petition is not completed: it cannot be answered yet.") {
                    {
                        detail("round", 2);
                    }
                };
            }

            @PostMapping("/steps/references")
            void references() {
                throw new UnknownReference(List.of(
                        new UnknownReference.Reference("townshipCode", "本县没有此乡镇", "no such township in this county"),
                        new UnknownReference.Reference("unitCodes[1]", "没有此单位", "no such unit")));
            }

            @GetMapping("/boom")
            String boom() {
                throw new IllegalStateException("row for 13957104477 is broken");
            }
        }
    }
}
