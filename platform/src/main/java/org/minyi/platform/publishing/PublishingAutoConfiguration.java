package org.minyi.platform.publishing;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

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
        Map<String, Object> config = properties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Fail a send within seconds when the broker is gone, so the processor backs off and retries.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
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
