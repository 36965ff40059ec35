package org.minyi.proposal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Deputies' motions and suggestions (DOMAIN §4): the proposal aggregate with its view and its publisher to
 * {@code npc.proposal.events}, and the roster of serving deputies read from {@code npc.deputy.events}.
 */
@SpringBootApplication
public class ProposalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProposalServiceApplication.class, args);
    }
}
