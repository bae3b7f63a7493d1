package io.pulsecheck.platform.googlechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.WebLink;
import io.quarkus.test.junit.QuarkusTest;

/** The digest's "Open your dashboard" link on Google Chat: a buttonList with openLink. */
@QuarkusTest
class GoogleChatDashboardLinkTest {

    static final String URL = "https://pulse.example.com/dashboard/open?leader=1&expires=2&sig=abc";
    static final LeaderCard DIGEST = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly digest: Team A", "subtitle",
            List.of(new LeaderCard.Fact("Well-being", "62.0")), null, null,
            List.of(new LeaderCard.Section("Suggestions", List.of("Share what you know"))),
            new WebLink("Open your dashboard", URL));

    @Test
    void digestShowsTheDashboardLink() {
        JsonNode sections = GoogleChatCards.render(DIGEST, "en").get("cardsV2").get(0).get("card").get("sections");
        JsonNode button = sections.get(sections.size() - 1).get("widgets").get(0).get("buttonList").get("buttons").get(0);
        assertEquals("Open your dashboard", button.get("text").asText());
        assertEquals(URL, button.get("onClick").get("openLink").get("url").asText());
    }
}
