package org.minyi.proposal;

import org.minyi.platform.eventstore.MovedEventTypes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * Deputies' motions and suggestions (docs/domain.md §4): the proposal aggregate with its view and its publisher to
 * {@code npc.proposal.events}, and the roster of serving deputies read from {@code npc.deputy.events}.
 */
@SpringBootApplication
public class ProposalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProposalServiceApplication.class, args);
    }

    /** Events stored while the proposal's classes lived in {@code org.minyi.proposal.proposal} still load. */
    @Bean
    MovedEventTypes movedEventTypes() {
        return new MovedEventTypes(Map.of("org.minyi.proposal.proposal", "org.minyi.proposal.model"));
    }
}
