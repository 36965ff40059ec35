package org.minyi.platform.web;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI document every servlet service publishes at {@code /v3/api-docs} (springdoc), framed the
 * same way everywhere by {@link MinyiOpenApiCustomizer}, named after {@code spring.application.name}.
 * The version is the build's ({@code build-info}, else the jar manifest's), {@code 1} when neither is known.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MinyiOpenApiCustomizer.class)
    MinyiOpenApiCustomizer minyiOpenApiCustomizer(Environment environment, ObjectProvider<BuildProperties> build) {
        BuildProperties buildProperties = build.getIfAvailable();
        String version = buildProperties != null && buildProperties.getVersion() != null
                ? buildProperties.getVersion()
                : environment.getProperty("spring.application.version", "1");
        return new MinyiOpenApiCustomizer(environment.getProperty("spring.application.name", "service"), version);
    }
}
