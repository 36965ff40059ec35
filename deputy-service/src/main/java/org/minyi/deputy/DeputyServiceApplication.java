package org.minyi.deputy;

import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
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
                "org.minyi.deputy.activity", "org.minyi.deputy.activity.model")) {

            /**
             * Keeps the payload in the representation it was read in (bytes): the platform's version asks
             * for {@code Object}, which the serializer cannot turn back into bytes, so every renamed event
             * failed to load (CannotConvertBetweenTypesException). Remove once the platform keeps it.
             */
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
                Class contentType = representation.getData().getContentType();
                return representation.upcastPayload(super.doUpcast(representation).getType(), contentType, data -> data);
            }
        };
    }
}
