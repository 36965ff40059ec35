package org.minyi.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.platform.web.ApiProblem.Message;
import org.minyi.platform.web.ProblemResponses;
import org.minyi.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Takes one token from the caller's bucket for each request it covers; an empty bucket is answered
 * 429 problem details ({@code rate-limited}) with {@code Retry-After} (whole seconds, at least 1).
 * Allowed calls carry {@code X-RateLimit-Remaining}. Who the caller is comes from {@code clientKey}.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String PROBLEM_TYPE = "rate-limited";

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final String name;
    private final ClientRateLimiter limiter;
    private final Predicate<HttpServletRequest> covers;
    private final Function<HttpServletRequest, String> clientKey;
    private final CorsConfigurationSource cors;

    /**
     * @param cors where the refusal is made before Spring Security's CORS filter ran, the CORS
     *             configuration to answer an allowed origin with (a browser could not read the 429
     *             otherwise); {@code null} where the CORS headers are already set
     */
    RateLimitFilter(String name, ClientRateLimiter limiter, Predicate<HttpServletRequest> covers,
                    Function<HttpServletRequest, String> clientKey, CorsConfigurationSource cors) {
        this.name = name;
        this.limiter = limiter;
        this.covers = covers;
        this.clientKey = clientKey;
        this.cors = cors;
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        return RateLimitFilter.class.getName() + "." + name + ".FILTERED";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !covers.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientKey.apply(request);
        ClientRateLimiter.Decision decision = limiter.tryConsume(client);
        if (decision.allowed()) {
            response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
            chain.doFilter(request, response);
            return;
        }
        log.debug("Rate limit ({}) reached for {}; retry after {}s", name, client, decision.retryAfterSeconds());
        refuse(request, response, decision.retryAfterSeconds());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setHeader(REMAINING_HEADER, "0");
        if (cors != null) {
            allowOrigin(request, response);
        }
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, PROBLEM_TYPE,
                new Message("请求过于频繁", "Too many requests"),
                new Message("请求过于频繁，请在 " + retryAfter + " 秒后重试。",
                        "Too many requests; try again in " + retryAfter + " seconds."));
        problem.setProperty("retryAfterSeconds", retryAfter);
        ProblemResponses.write(response, problem);
    }

    /** The CORS headers of an actual (not preflight) request from an allowed origin. */
    private void allowOrigin(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        CorsConfiguration config = origin == null ? null : cors.getCorsConfiguration(request);
        String allowed = config == null ? null : config.checkOrigin(origin);
        if (allowed == null) {
            return;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, allowed);
        if (config.getExposedHeaders() != null && !config.getExposedHeaders().isEmpty()) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", config.getExposedHeaders()));
        }
    }
}
