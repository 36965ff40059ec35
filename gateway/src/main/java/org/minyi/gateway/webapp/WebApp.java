package org.minyi.gateway.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The web application (module {@code web}, built into {@code minyi-web/app/} on the classpath), served from the
 * gateway's own origin at {@code /app/}, so the dashboard's login flow and API calls need no CORS.
 * <ul>
 *   <li>{@code /} redirects to {@code /app/};</li>
 *   <li>hashed assets ({@code /app/assets/**}) are cached for a year, everything else (index.html) is revalidated;</li>
 *   <li>a path that is no file (a route of the app, e.g. a deep link to a petition) gets {@code index.html}, so a
 *       reload lands where it was (history fallback); a missing file with an extension stays 404;</li>
 *   <li>the pages get their own content security policy: own scripts only, no inline script, no eval.</li>
 * </ul>
 */
@Configuration
public class WebApp implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/minyi-web/app/";

    /**
     * Own scripts only (no inline script, no eval). Inline style attributes are allowed: Element Plus and ECharts set
     * styles on elements; data: fonts and images come with Element Plus, blob: images with downloads and charts.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/app/");
        registry.addRedirectViewController("/app", "/app/");
        // Browsers ask for it on every page, the login page included.
        registry.addRedirectViewController("/favicon.ico", "/app/favicon.svg");
        // The resource handler refuses an empty path, so the app's root is forwarded to its shell by name.
        registry.addViewController("/app/").setViewName("forward:/app/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/app/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new PathResourceResolver());
        registry.addResourceHandler("/app/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new HistoryFallback());
    }

    /** Serves a file when there is one; a path without an extension is a route of the app and gets index.html. */
    static final class HistoryFallback extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource file = super.getResource(resourcePath, location);
            if (file != null) {
                return file;
            }
            String last = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                return null;
            }
            Resource index = new ClassPathResource("minyi-web/app/index.html");
            return index.exists() ? index : null;
        }
    }

    /**
     * The app's shell and assets load without a token (they hold no data; every API call carries the token the app
     * got by signing in). Only GET and HEAD; the chain's own policy, and no "no-store" so assets can be cached.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webAppPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/", "/app", "/app/**", "/favicon.ico")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/app", "/app/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/", "/app", "/app/**", "/favicon.ico").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(h -> h
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // Not no-referrer: under it the app's own POSTs carry "Origin: null" and fail the CORS check.
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
