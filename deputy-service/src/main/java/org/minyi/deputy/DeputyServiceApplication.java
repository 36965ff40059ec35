package org.minyi.deputy;

import org.minyi.platform.eventstore.MovedEventTypes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * Deputies and their mandates ({@code model}, {@code web}, {@code view}), deputy groups ({@code group.*})
 * and duty activities ({@code activity.*}), docs/domain.md §3. Publishes to {@code npc.deputy.events}.
 */
@SpringBootApplication
public class DeputyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeputyServiceApplication.class, args);
    }

    /**
     * The event classes left their feature packages for {@code model} packages; the event store keeps the
     * old class names of everything written before, and reads them under the new ones.
     */
    @Bean
    MovedEventTypes movedEventTypes() {
        return new MovedEventTypes(Map.of(
                "org.minyi.deputy.deputy", "org.minyi.deputy.model",
                "org.minyi.deputy.group", "org.minyi.deputy.group.model",
                "org.minyi.deputy.activity", "org.minyi.deputy.activity.model"));
    }
}
