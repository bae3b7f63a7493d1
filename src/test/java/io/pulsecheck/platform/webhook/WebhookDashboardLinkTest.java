package io.pulsecheck.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.WebLink;
import io.quarkus.test.junit.QuarkusTest;

/** The digest's "Open your dashboard" link on the generic webhook: dashboardUrl and dashboardLabel, and the link in the text. */
@QuarkusTest
class WebhookDashboardLinkTest {

    static final String URL = "https://pulse.example.com/dashboard/open?leader=1&expires=2&sig=abc";
    static final LeaderCard DIGEST = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly digest: Team A", "subtitle",
            List.of(new LeaderCard.Fact("Well-being", "62.0")), null, null,
            List.of(new LeaderCard.Section("Suggestions", List.of("Share what you know"))),
            new WebLink("Open your dashboard", URL));

    @Test
    void digestShowsTheDashboardLink() {
        JsonNode body = WebhookCards.render(DIGEST, "lea", "en");
        assertEquals(URL, body.get("dashboardUrl").asText());
        assertEquals("Open your dashboard", body.get("dashboardLabel").asText());
        assertTrue(body.get("text").asText().endsWith("Open your dashboard: " + URL));
    }
}
