package io.pulsecheck.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.delivery.Destination;
import io.quarkus.test.junit.QuarkusTest;

/** Thank-you replies are limited per response_url, as Slack limits them, not per workspace. */
@QuarkusTest
class SlackReplyRateKeysTest {

    @Inject
    SlackResponseUrlAdapter adapter;

    @Test
    void eachResponseUrlOfOneWorkspaceIsItsOwnRateKey() {
        String first = adapter.rateKey(new Destination(SlackDestinations.RESPONSE_URL,
                "https://hooks.slack.com/actions/T1/1/first-secret", "T1"));
        String second = adapter.rateKey(new Destination(SlackDestinations.RESPONSE_URL,
                "https://hooks.slack.com/actions/T1/2/second-secret", "T1"));

        assertNotEquals(first, second);
        assertFalse(first.contains("secret") || first.contains("T1/1"), first);
        assertEquals(first, adapter.rateKey(new Destination(SlackDestinations.RESPONSE_URL,
                "https://hooks.slack.com/actions/T1/1/first-secret", "T1")));
    }
}
