package org.minyi.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The web conventions every service shares: problem details for every refusal, and strict request bodies. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemDetailsAdvice.class, UnexpectedErrorsAdvice.class})
public class WebAutoConfiguration {

    /** Right after the size limit, before Spring Security: nothing else reads a request it refuses. */
    @Bean
    FilterRegistrationBean<MalformedRequestFilter> minyiMalformedRequestFilter() {
        FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(new MalformedRequestFilter());
        registration.setName("minyiMalformedRequestFilter");
        registration.setOrder(RequestSizeAutoConfiguration.FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    JsonMapperBuilderCustomizer minyiRequestJson() {
        return RequestJson.customizer();
    }

    /** The event store's refusals, where there is one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.axonframework.modelling.command.ConcurrencyException")
    @Import(AxonProblemsAdvice.class)
    static class AxonProblems {
    }
}
