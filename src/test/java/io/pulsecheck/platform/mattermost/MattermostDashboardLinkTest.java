package io.pulsecheck.platform.mattermost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.WebLink;
import io.quarkus.test.junit.QuarkusTest;

/** The digest's "Open your dashboard" link on Mattermost: a markdown link at the end of the attachment text. */
@QuarkusTest
class MattermostDashboardLinkTest {

    static final String URL = "https://pulse.example.com/dashboard/open?leader=1&expires=2&sig=abc";
    static final LeaderCard DIGEST = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly digest: Team A", "subtitle",
            List.of(new LeaderCard.Fact("Well-being", "62.0")), null, null,
            List.of(new LeaderCard.Section("Suggestions", List.of("Share what you know"))),
            new WebLink("Open your dashboard", URL));

    @Test
    void digestShowsTheDashboardLink() {
        String text = MattermostCards.render(DIGEST, "lea", "en").get("attachments").get(0).get("text").asText();
        assertTrue(text.endsWith("[Open your dashboard](" + URL.replace("&", "&amp;") + ")"), text);
    }
}
