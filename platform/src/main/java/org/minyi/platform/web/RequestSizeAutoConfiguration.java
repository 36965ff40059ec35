package org.minyi.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Caps request bodies in every servlet service and in the gateway: {@code minyi.web.max-request-bytes}
 * (default 1 MiB). Runs first, before authentication, so an oversized body is refused before anything
 * reads it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestSizeAutoConfiguration {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    /** After character encoding and the server observation filter, before Spring Security (-100). */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** A number of bytes, or a size such as {@code 512KB} or {@code 2MB}. */
    public static final String MAX_REQUEST_BYTES_PROPERTY = "minyi.web.max-request-bytes";

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> minyiRequestSizeLimitFilter(Environment environment) {
        long maxRequestBytes = Binder.get(environment).bind(MAX_REQUEST_BYTES_PROPERTY, DataSize.class)
                .map(DataSize::toBytes).orElse(DEFAULT_MAX_REQUEST_BYTES);
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxRequestBytes));
        registration.setName("minyiRequestSizeLimitFilter");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    RequestSizeLimitExceptionResolver minyiRequestSizeLimitExceptionResolver() {
        return new RequestSizeLimitExceptionResolver();
    }
}
