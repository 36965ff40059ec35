package org.minyi.platform.publishing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.minyi.platform.audit.AuditAutoConfiguration;
import org.minyi.platform.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Switches on in a write service that names both its event topic and the audit topic: the audit trail of its
 * steps ({@link AuditTrailPublisher}), a tracking processor of its own over the event store, from the tail,
 * whose handler errors propagate (retry with back-off, never skip), as the event publisher's do.
 */
@AutoConfiguration(after = AuditAutoConfiguration.class)
@ConditionalOnClass({EventStore.class, KafkaTemplate.class})
@ConditionalOnProperty({"minyi.publishing.topic", "minyi.audit.topic"})
@ConditionalOnProperty(name = "minyi.audit.enabled", havingValue = "true", matchIfMissing = true)
public class AuditPublishingAutoConfiguration {

    @Bean
    AuditTrailPublisher auditTrailPublisher(AuditTrail minyiAuditTrail, ObjectProvider<PublicEventMapper> mappers,
                                            @Value("${spring.application.name}") String service) {
        return new AuditTrailPublisher(minyiAuditTrail, new AuditedEvents(mappers.orderedStream().toList(), service));
    }

    @Bean
    ConfigurerModule minyiAuditProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(AuditTrailPublisher.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(AuditTrailPublisher.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
