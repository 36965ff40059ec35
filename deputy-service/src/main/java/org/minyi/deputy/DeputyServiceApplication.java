package org.minyi.deputy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Deputies, mandates, groups and duty activities (DOMAIN §3): deputies and their mandates so far;
 * groups, duty activities and points follow. Publishes to {@code npc.deputy.events}.
 */
@SpringBootApplication
public class DeputyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeputyServiceApplication.class, args);
    }
}
