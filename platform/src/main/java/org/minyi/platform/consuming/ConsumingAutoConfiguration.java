package org.minyi.platform.consuming;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.minyi.contract.InvalidEventException;
import org.minyi.platform.PlatformSchema;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

/**
 * Switches on in a service that names the topics it reads ({@code minyi.consuming.topics}).
 * Records are read from the earliest offset (a new read model sees all history), a polled batch at a
 * time in one transaction, the offsets committed after it. A database outage is retried without end;
 * a record that can never be applied is kept in {@code rejected_event}.
 */
@AutoConfiguration
@ConditionalOnClass({KafkaAdmin.class, JdbcClient.class})
@ConditionalOnProperty("minyi.consuming.topics")
public class ConsumingAutoConfiguration {

    @Bean
    InitializingBean minyiConsumingSchema(DataSource dataSource) {
        return () -> PlatformSchema.migrate(dataSource, "consuming");
    }

    @Bean
    IdempotentEventConsumer idempotentEventConsumer(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                                                    List<EventProjection> projections) {
        return new IdempotentEventConsumer(jdbc, new TransactionTemplate(transactionManager), projections);
    }

    @Bean
    KafkaAdmin.NewTopics minyiConsumedTopics(@Value("${minyi.consuming.topics}") List<String> topics,
                                             @Value("${minyi.kafka.partitions:6}") int partitions) {
        return new KafkaAdmin.NewTopics(topics.stream()
                .map(t -> TopicBuilder.name(t).partitions(partitions).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    ReadModelRebuild readModelRebuild(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                                      List<EventProjection> projections,
                                      ConcurrentMessageListenerContainer<String, CloudEvent> minyiEventConsumerContainer,
                                      KafkaAdmin kafkaAdmin, @Value("${minyi.consuming.topics}") List<String> topics,
                                      @Value("${minyi.consuming.group-id:${spring.application.name}}") String groupId) {
        return new ReadModelRebuild(jdbc, new TransactionTemplate(transactionManager), projections,
                minyiEventConsumerContainer, kafkaAdmin, groupId, topics);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, CloudEvent> minyiEventConsumerContainer(
            KafkaProperties properties, IdempotentEventConsumer consumer,
            @Value("${minyi.consuming.topics}") List<String> topics,
            @Value("${minyi.consuming.group-id:${spring.application.name}}") String groupId) {
        Map<String, Object> config = properties.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);

        ContainerProperties container = new ContainerProperties(topics.toArray(String[]::new));
        // A batch per poll, applied in one transaction; offsets committed after it (see consumeBatch).
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        container.setMessageListener((BatchMessageListener<String, CloudEvent>) consumer::consumeBatch);

        var listener = new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<String, CloudEvent>(config), container);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler errors = new DefaultErrorHandler((record, e) -> consumer.reject(record, e), backOff);
        // Transient failures (database down) retry forever; these never succeed on retry.
        errors.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        listener.setCommonErrorHandler(errors);
        return listener;
    }
}
