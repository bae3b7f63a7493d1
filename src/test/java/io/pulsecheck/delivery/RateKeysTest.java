package io.pulsecheck.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.mattermost.MattermostDestinations;
import io.pulsecheck.platform.slack.SlackDestinations;
import io.pulsecheck.platform.teams.TeamsDestinations;
import io.pulsecheck.platform.webhook.WebhookDestinations;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each platform's adapter groups its messages into rate keys; the stored keys keep one format across releases, since
 * {@code delivery_rate_limit} rows and queued messages carry them.
 */
@QuarkusTest
class RateKeysTest {

    @Inject
    DeliveryAdapters adapters;

    @Test
    void slackApiMessagesShareOneKeyPerWorkspace() {
        assertEquals("slack_api:T1", adapters.rateKey(SlackDestinations.api("T1")));
        assertEquals("slack_api:default", adapters.rateKey(SlackDestinations.api(null)));
    }

    @Test
    void mattermostAndGenericWebhooksShareOneKeyPerServer() {
        assertEquals("mattermost_webhook:chat.example.com", adapters.rateKey(
                Destination.webhook(MattermostDestinations.WEBHOOK, "https://chat.example.com/hooks/abc")));
        assertEquals("mattermost_webhook:chat.example.com", adapters.rateKey(
                Destination.webhook(MattermostDestinations.WEBHOOK, "https://chat.example.com/hooks/def")));
        assertEquals("generic_webhook:gateway.example.com", adapters.rateKey(
                Destination.webhook(WebhookDestinations.GENERIC, "https://gateway.example.com/pulse")));
    }

    @Test
    void otherWebhooksGetOneKeyEachWithoutTheSecretUrl() {
        String first = adapters.rateKey(
                Destination.webhook(TeamsDestinations.WEBHOOK, "https://example.webhook.office.com/w/secret-1"));
        String second = adapters.rateKey(
                Destination.webhook(TeamsDestinations.WEBHOOK, "https://example.webhook.office.com/w/secret-2"));
        assertNotEquals(first, second);
        assertTrue(first.matches("teams_webhook:example\\.webhook\\.office\\.com:[0-9a-f]{16}"), first);
        assertFalse(first.contains("secret"), first);
    }

    @Test
    void ratesComeFromThePlatformsAndAnUnknownTransportTrickles() {
        assertEquals(4.0, adapters.rateFor(SlackDestinations.API));
        assertEquals(5.0, adapters.rateFor(MattermostDestinations.WEBHOOK));
        assertEquals(1.0, adapters.rateFor("carrier_pigeon"));
    }
}
