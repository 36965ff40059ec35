package org.minyi.platform.publishing;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;

/**
 * Switches on in a write service that names its topic ({@code minyi.publishing.topic}): one
 * tracking processor, starting at the tail of the store so all history is published, whose
 * handler errors propagate (retry with back-off, never skip).
 */
@AutoConfiguration
@ConditionalOnClass({EventStore.class, KafkaTemplate.class})
@ConditionalOnProperty("minyi.publishing.topic")
public class PublishingAutoConfiguration {

    @Bean
    KafkaTemplate<String, CloudEvent> minyiCloudEventTemplate(KafkaProperties properties) {
        return CloudEventTemplates.create(properties);
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, CloudEvent> minyiCloudEventTemplate,
                                            ObjectProvider<PublicEventMapper> mappers,
                                            @Value("${minyi.publishing.topic}") String topic,
                                            @Value("${minyi.publishing.source:/minyi/${spring.application.name}}") URI source) {
        return new KafkaEventPublisher(minyiCloudEventTemplate, mappers.orderedStream().toList(), topic, source, Duration.ofSeconds(15));
    }

    @Bean
    NewTopic minyiPublishedTopic(@Value("${minyi.publishing.topic}") String topic,
                                 @Value("${minyi.kafka.partitions:6}") int partitions) {
        // The topic is the history every read model is rebuilt from: never delete old events.
        return TopicBuilder.name(topic).partitions(partitions).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    @Bean
    ConfigurerModule minyiPublisherProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
