package org.minyi.platform.consuming;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rebuilds every read model from the topics: stops the consumer, empties the projections' tables and the
 * dedup and rejection records in one transaction, moves the consumer group back to the start of every
 * partition, and starts the consumer again. The read models then fill up exactly as they did the first
 * time (the topics are the source of truth); {@link #status()} tells how far the replay has come.
 */
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<EventProjection> projections;
    private final MessageListenerContainer container;
    private final KafkaAdmin kafkaAdmin;
    private final String groupId;
    private final List<String> topics;
    private volatile Instant lastStarted;

    public ReadModelRebuild(JdbcClient jdbc, TransactionTemplate transaction, List<EventProjection> projections,
                            MessageListenerContainer container, KafkaAdmin kafkaAdmin, String groupId, List<String> topics) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.projections = List.copyOf(projections);
        this.container = container;
        this.kafkaAdmin = kafkaAdmin;
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
    }

    /** How far the consumer group is behind the end of the topics; 0 once a replay has caught up. */
    public record Status(Instant lastStarted, long lag, boolean running, List<String> tables) {
    }

    /** Every table the projections own, in a stable order. */
    public List<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        projections.forEach(p -> tables.addAll(p.tables()));
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalStateException("Not a table name: " + table);
            }
        }
        return List.copyOf(tables);
    }

    public synchronized Status start() {
        List<String> tables = tables();
        log.info("Rebuilding read models {} from {}", tables, topics);
        container.stop();
        transaction.executeWithoutResult(status -> {
            List<String> all = new ArrayList<>(tables);
            all.add("consumed_event");
            all.add("rejected_event");
            jdbc.sql("TRUNCATE " + String.join(", ", all)).update();
        });
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest())));
            Map<TopicPartition, OffsetAndMetadata> start = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(groupId, start).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resetting offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            // The tables are empty and the consumer stopped: start it anyway so the service keeps consuming;
            // a retry of the rebuild finishes the job.
            container.start();
            throw new IllegalStateException("Could not move consumer group " + groupId + " to the start of the topics", e);
        }
        lastStarted = Instant.now();
        container.start();
        return status();
    }

    public Status status() {
        long lag = 0;
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the consumer group's position", e);
        }
        return new Status(lastStarted, lag, container.isRunning(), tables());
    }
}
