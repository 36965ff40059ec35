package org.minyi.platform.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service under test at a fresh embedded database and the test token issuer. */
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        String url = EmbeddedPostgresSupport.newDatabase(databasePrefix);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        TestTokenIssuer issuer = TestTokenIssuer.get();
        registry.add("minyi.security.issuer", issuer::issuer);
        registry.add("minyi.security.jwk-set-uri", issuer::jwkSetUri);
    }
}
