package org.minyi.platform.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A service's copy of the gateway's list, over real HTTP, and the validator that applies it. */
class PolledRevokedSubjectsTest {

    private static Jwt token(String subject, Instant issuedAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(600)).build();
    }

    @Test
    void tokensIssuedBeforeTheChangeAreRefusedOnceTheListArrivesAndTheLastListStaysWhenTheGatewayIsDown() throws Exception {
        Instant change = Instant.parse("2026-12-05T08:00:00.250Z");
        AtomicReference<String> body = new AtomicReference<>("{\"revoked\":[]}");
        AtomicReference<Integer> status = new AtomicReference<>(200);
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext(RevokedSubjects.PATH, exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        gateway.start();
        URI uri = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + RevokedSubjects.PATH);
        try (PolledRevokedSubjects revoked = new PolledRevokedSubjects(uri, Duration.ofMillis(100))) {
            var validator = RevokedSubjects.validator(revoked);
            Jwt before = token("ops-reader", Instant.parse("2026-12-05T07:59:00Z"));
            Jwt sameSecond = token("ops-reader", Instant.parse("2026-12-05T08:00:00Z"));
            Jwt after = token("ops-reader", Instant.parse("2026-12-05T08:00:01Z"));
            Jwt someoneElse = token("ops-writer", Instant.parse("2026-12-05T07:59:00Z"));
            assertThat(validator.validate(before).hasErrors()).isFalse();

            body.set("{\"revoked\":[{\"subject\":\"" + RevokedSubjects.hash("ops-reader") + "\",\"since\":\"" + change + "\"}]}");
            await().atMost(Duration.ofSeconds(5)).until(() -> validator.validate(before).hasErrors());
            assertThat(validator.validate(sameSecond).hasErrors()).isTrue();
            assertThat(validator.validate(after).hasErrors()).isFalse();
            assertThat(validator.validate(someoneElse).hasErrors()).isFalse();

            // The gateway unreachable or failing: what was revoked stays revoked.
            status.set(503);
            Thread.sleep(400);
            assertThat(validator.validate(before).hasErrors()).isTrue();
        } finally {
            gateway.stop(0);
        }
    }
}
