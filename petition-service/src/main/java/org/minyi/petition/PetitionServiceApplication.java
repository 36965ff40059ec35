package org.minyi.petition;

import org.minyi.platform.eventstore.MovedEventTypes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/** Letters and visits (信访): intake and the petition lifecycle, event-sourced. */
@SpringBootApplication
public class PetitionServiceApplication {

    static final String OLD_EVENT_PACKAGE = "org.minyi.petition.petition";
    static final String EVENT_PACKAGE = "org.minyi.petition.model";

    public static void main(String[] args) {
        SpringApplication.run(PetitionServiceApplication.class, args);
    }

    /**
     * The petition's events were stored under {@code org.minyi.petition.petition} until the package was split
     * into model, view and web: those stored events read as the classes' new names.
     */
    @Bean
    MovedEventTypes movedPetitionEvents() {
        return new MovedEventTypes(Map.of(OLD_EVENT_PACKAGE, EVENT_PACKAGE));
    }
}
