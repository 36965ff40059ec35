package org.minyi.platform.audit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.minyi.platform.publishing.CloudEventTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;

/**
 * Switches on in a service that names the audit topic ({@code minyi.audit.topic}): the {@link AuditTrail} its
 * senders use (the write services' tracking processor, petition-service's personal-data reads, the gateway's
 * account changes), and the topic itself, kept forever like the event topics (a rebuild replays it).
 * {@code minyi.audit.enabled=false} switches it off (tests of a part that runs without a broker): the outbox
 * rows then wait.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnProperty("minyi.audit.topic")
@ConditionalOnProperty(name = "minyi.audit.enabled", havingValue = "true", matchIfMissing = true)
public class AuditAutoConfiguration {

    @Bean
    AuditTrail minyiAuditTrail(KafkaProperties properties, @Value("${minyi.audit.topic}") String topic,
                               @Value("${spring.application.name}") String service) {
        // Its own producer, not a bean: a service that also publishes events keeps one KafkaTemplate bean to inject.
        return new AuditTrail(CloudEventTemplates.create(properties), topic, service, Duration.ofSeconds(15));
    }

    @Bean
    NewTopic minyiAuditTopic(@Value("${minyi.audit.topic}") String topic,
                             @Value("${minyi.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(topic).partitions(partitions).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
