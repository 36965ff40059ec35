package org.minyi.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code minyi.gateway.cors.allowed-origins}: the browser origins (the dashboard) allowed to call the
 * gateway cross-origin, exactly as the browser sends them ({@code scheme://host[:port]}).
 * Environment: {@code MINYI_GATEWAY_CORS_ALLOWED_ORIGINS=https://a.example,https://b.example}.
 */
@ConfigurationProperties("minyi.gateway.cors")
public record CorsProperties(@DefaultValue("http://localhost:5173") List<String> allowedOrigins) {
}
