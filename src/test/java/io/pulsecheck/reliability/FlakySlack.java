package io.pulsecheck.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Slack's {@code chat.postMessage} failing a share of sends, picked at random: 500 (35 % of failures), a connection
 * reset (30 %), a timeout (20 %: the message is posted, but the answer comes too late) or 429 with {@code Retry-After}
 * (15 %). A recipient whose id
 * starts with {@link #BROKEN_PREFIX} always gets 500. Counts what recipients actually saw: a send answered 200 or
 * timed out is a posted message.
 */
final class FlakySlack implements ResponseDefinitionTransformerV2 {

    static final String BROKEN_PREFIX = "B";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int failurePercent;
    private final int maxFailuresInARow;
    private final int timeoutMillis;
    private final Map<String, AtomicInteger> requestsPerRecipient = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> postedPerRecipient = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    /**
     * @param maxFailuresInARow a live recipient's sends fail at most this often in a row, so that a fault rate alone
     *        never exhausts the retry budget: dead letters then come only from {@link #BROKEN_PREFIX} recipients
     * @param timeoutMillis how late a "timed out" answer comes; longer than the service's request timeout
     */
    FlakySlack(int failurePercent, int maxFailuresInARow, int timeoutMillis) {
        this.failurePercent = failurePercent;
        this.maxFailuresInARow = maxFailuresInARow;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String getName() {
        return "flaky-slack";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String recipient;
        try {
            recipient = JSON.readTree(event.getRequest().getBodyAsString()).path("channel").asText();
        } catch (java.io.IOException e) {
            return outcome("unreadable", ResponseDefinitionBuilder.responseDefinition().withStatus(400));
        }
        int earlier = requestsPerRecipient.computeIfAbsent(recipient, r -> new AtomicInteger()).getAndIncrement();
        if (recipient.startsWith(BROKEN_PREFIX)) {
            return outcome("broken 500", ResponseDefinitionBuilder.responseDefinition().withStatus(500));
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (earlier < maxFailuresInARow && random.nextInt(100) < failurePercent) {
            // 429 pauses the whole workspace for its Retry-After, so it is the rarest, as on a platform within limits.
            int kind = random.nextInt(100);
            if (kind < 35) {
                return outcome("500", ResponseDefinitionBuilder.responseDefinition().withStatus(500));
            }
            if (kind < 65) {
                return outcome("reset", ResponseDefinitionBuilder.responseDefinition()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER));
            }
            if (kind < 85) {
                posted(recipient);
                return outcome("timeout", ok().withFixedDelay(timeoutMillis));
            }
            return outcome("429", ResponseDefinitionBuilder.responseDefinition().withStatus(429)
                    .withHeader("Retry-After", "1"));
        }
        posted(recipient);
        return outcome("200", ok());
    }

    private static ResponseDefinitionBuilder ok() {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}");
    }

    private void posted(String recipient) {
        postedPerRecipient.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
    }

    private ResponseDefinition outcome(String name, ResponseDefinitionBuilder response) {
        outcomes.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        return response.build();
    }

    /** Messages each recipient saw posted. */
    Map<String, AtomicInteger> postedPerRecipient() {
        return postedPerRecipient;
    }

    /** How many requests got each outcome ("200", "500", "429", "timeout", "reset", "broken 500"). */
    Map<String, AtomicInteger> outcomes() {
        return outcomes;
    }

    int outcome(String name) {
        AtomicInteger count = outcomes.get(name);
        return count == null ? 0 : count.get();
    }
}
