package org.minyi.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes a problem-details response straight to the servlet response, for refusals made in a servlet
 * filter (before Spring MVC, so no message converter). Serialized as Spring MVC does: the extra
 * properties ({@code titleEn}, {@code detailEn}, ...) at the top level, not under {@code properties}.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private ProblemResponses() {
    }

    /**
     * Replaces whatever was buffered but not yet sent with {@code problem}; headers already set
     * (CORS, security headers, {@code Retry-After}) are kept.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
