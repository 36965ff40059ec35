package org.minyi.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bucket store on its own: a bucket per client, and a bounded number of them. */
class ClientRateLimiterTest {

    @Test
    void eachClientHasItsOwnBucket() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, 0.01, 100);
        assertThat(limiter.tryConsume("a")).isEqualTo(new ClientRateLimiter.Decision(true, 1, 0));
        assertThat(limiter.tryConsume("a")).isEqualTo(new ClientRateLimiter.Decision(true, 0, 0));
        ClientRateLimiter.Decision refused = limiter.tryConsume("a");
        assertThat(refused.allowed()).isFalse();
        // One token every 100 seconds: the wait is rounded up to whole seconds.
        assertThat(refused.retryAfterSeconds()).isBetween(99L, 100L);
        assertThat(limiter.tryConsume("b").allowed()).isTrue();
    }

    @Test
    void theNumberOfBucketsIsBounded() {
        ClientRateLimiter limiter = new ClientRateLimiter(5, 1, 1000);
        for (int i = 0; i < 20_000; i++) {
            limiter.tryConsume("client-" + i);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(1000);
        // The most recently used clients keep their buckets.
        limiter.tryConsume("client-19999");
        assertThat(limiter.tryConsume("client-19999").remaining()).isEqualTo(2);
    }

    @Test
    void bucketsThatRefilledCompletelyAreDropped() throws InterruptedException {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 100, 1000);
        limiter.tryConsume("idle");
        Thread.sleep(50); // refilled after 10 ms
        limiter.tryConsume("new");
        assertThat(limiter.size()).isEqualTo(1);
    }
}
