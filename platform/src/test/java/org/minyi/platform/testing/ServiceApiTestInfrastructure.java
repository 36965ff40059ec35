package org.minyi.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each application context of a {@link ServiceApiTest} a database of its own on the shared embedded
 * PostgreSQL, the embedded broker, and the test token issuer as the trusted one: the same as {@link TestInfrastructure#register}
 * does for a test class, but per context, so that contexts can be cached and shared.
 */
public class ServiceApiTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = EmbeddedPostgresSupport.newDatabase("api");
        TestTokenIssuer issuer = TestTokenIssuer.get();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.datasource.url=" + url,
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "minyi.security.issuer=" + issuer.issuer(),
                "minyi.security.jwk-set-uri=" + issuer.jwkSetUri()).applyTo(context);
    }
}
