package io.pulsecheck.delivery;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Delivery counters and timers, tagged by kind and transport only: never a recipient or message content. */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    MeterRegistry registry;

    void queued(String kind, String channel) {
        Counter.builder("pulsecheck.delivery.queued").description("Messages queued in the outbox")
                .tag("kind", kind).tag("channel", channel).register(registry).increment();
    }

    void sent(ClaimedMessage message, Duration sinceQueued) {
        Counter.builder("pulsecheck.delivery.sent").description("Messages the platform accepted")
                .tag("kind", message.kind()).tag("transport", message.destination().transport())
                .register(registry).increment();
        Timer.builder("pulsecheck.delivery.latency").description("Time from queueing to the platform's acceptance")
                .tag("transport", message.destination().transport()).register(registry).record(sinceQueued);
    }

    void failed(ClaimedMessage message) {
        Counter.builder("pulsecheck.delivery.failed").description("Send attempts that will be retried")
                .tag("kind", message.kind()).tag("transport", message.destination().transport())
                .register(registry).increment();
    }

    void dead(ClaimedMessage message) {
        Counter.builder("pulsecheck.delivery.dead").description("Messages given up as dead letters")
                .tag("kind", message.kind()).tag("transport", message.destination().transport())
                .register(registry).increment();
    }

    void attempt(ClaimedMessage message, Duration duration) {
        Timer.builder("pulsecheck.delivery.send.duration").description("Duration of one HTTP send attempt")
                .tag("transport", message.destination().transport()).register(registry).record(duration);
    }
}
