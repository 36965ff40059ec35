package org.minyi.platform.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service's API over real HTTP, against a real PostgreSQL (a database of its own per application
 * context) and a real embedded Kafka broker, with tokens from {@link TestTokenIssuer}. Test classes that
 * name the same topics and properties share one application context, which Spring caches: write tests
 * that count what they themselves created (their own township, their own ids), not whole tables.
 * <pre>
 * &#64;ServiceApiTest(topics = Topics.PETITION_EVENTS)
 * class SomethingApiTest {
 *     &#64;LocalServerPort int port;
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1)
@ContextConfiguration(initializers = ServiceApiTestInfrastructure.class)
public @interface ServiceApiTest {

    /** The topics the broker starts with: the service's own, and those it consumes. */
    @AliasFor(annotation = EmbeddedKafka.class, attribute = "topics")
    String[] topics() default {};

    /** Further properties; classes with the same ones share a context. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
