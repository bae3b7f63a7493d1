package io.pulsecheck.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.WebLink;
import io.quarkus.test.junit.QuarkusTest;

/** The digest's "Open your dashboard" link on Slack: an actions block with a link button. */
@QuarkusTest
class SlackDashboardLinkTest {

    static final String URL = "https://pulse.example.com/dashboard/open?leader=1&expires=2&sig=abc";
    static final LeaderCard DIGEST = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly digest: Team A", "subtitle",
            List.of(new LeaderCard.Fact("Well-being", "62.0")), null, null,
            List.of(new LeaderCard.Section("Suggestions", List.of("Share what you know"))),
            new WebLink("Open your dashboard", URL));

    @Test
    void digestShowsTheDashboardLink() {
        JsonNode blocks = SlackCards.render(DIGEST, "U1", "en").get("blocks");
        JsonNode last = blocks.get(blocks.size() - 1);
        assertEquals("actions", last.get("type").asText());
        assertEquals(URL, last.get("elements").get(0).get("url").asText());
        assertEquals("Open your dashboard", last.get("elements").get(0).get("text").get("text").asText());
    }
}
