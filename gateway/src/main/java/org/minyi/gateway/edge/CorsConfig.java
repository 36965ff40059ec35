package org.minyi.gateway.edge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/**
 * CORS for the dashboard: only the configured origins get CORS headers, with the methods and request
 * headers the API uses, and the response headers a browser script needs to read (ETag, Location,
 * Retry-After, X-RateLimit-Remaining). No credentials: calls carry a bearer token, not cookies.
 * Spring Security's chains use this bean ({@code .cors(withDefaults())} looks for
 * {@code corsConfigurationSource}); another origin's preflight is refused (403, no CORS headers).
 */
@Configuration
@EnableConfigurationProperties(CorsProperties.class)
public class CorsConfig {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key");
    static final List<String> EXPOSED_HEADERS = List.of("ETag", "Location", "Retry-After", RateLimitFilter.REMAINING_HEADER);

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(METHODS);
        config.setAllowedHeaders(REQUEST_HEADERS);
        config.setExposedHeaders(EXPOSED_HEADERS);
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
