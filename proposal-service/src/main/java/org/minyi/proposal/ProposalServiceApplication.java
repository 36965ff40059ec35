package org.minyi.proposal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Deputies' motions and suggestions (DOMAIN §4). The service runs with its event store and its
 * publisher to {@code npc.proposal.events}; the proposal aggregates arrive with their own issue.
 */
@SpringBootApplication
public class ProposalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProposalServiceApplication.class, args);
    }
}
