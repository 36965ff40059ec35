package org.minyi.gateway.edge;

import org.minyi.platform.web.RequestSizeAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** Registers {@link BufferedBodyFilter} after Spring Security and the API rate limit. */
@Configuration
public class BufferedBodyConfig {

    @Bean
    FilterRegistrationBean<BufferedBodyFilter> bufferedBodyFilter(
            Environment environment, @Value("${spring.security.filter.order:-100}") int securityOrder) {
        long maxBytes = Binder.get(environment)
                .bind(RequestSizeAutoConfiguration.MAX_REQUEST_BYTES_PROPERTY, DataSize.class)
                .map(DataSize::toBytes).orElse(RequestSizeAutoConfiguration.DEFAULT_MAX_REQUEST_BYTES);
        FilterRegistrationBean<BufferedBodyFilter> registration = new FilterRegistrationBean<>(new BufferedBodyFilter(maxBytes));
        registration.setName("minyiBufferedBodyFilter");
        registration.setOrder(securityOrder + 2);
        return registration;
    }
}
