package org.minyi.deputy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Deputies, mandates, groups and duty activities (DOMAIN §3). The service runs with its event store
 * and its publisher to {@code npc.deputy.events}; the deputy aggregates arrive with their own issue.
 */
@SpringBootApplication
public class DeputyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeputyServiceApplication.class, args);
    }
}
