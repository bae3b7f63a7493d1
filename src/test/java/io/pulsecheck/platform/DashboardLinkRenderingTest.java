package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.googlechat.GoogleChatCards;
import io.pulsecheck.platform.mattermost.MattermostCards;
import io.pulsecheck.platform.slack.SlackCards;
import io.pulsecheck.platform.teams.TeamsCards;
import io.pulsecheck.platform.webhook.WebhookCards;
import io.quarkus.test.junit.QuarkusTest;

/** Every platform shows the digest's "Open your dashboard" link as a button or a link (texts come from Qute bundles). */
@QuarkusTest
class DashboardLinkRenderingTest {

    private static final String URL = "https://pulse.example.com/dashboard/open?leader=1&expires=2&sig=abc";
    private static final LeaderCard DIGEST = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly digest: Team A", "subtitle",
            List.of(new LeaderCard.Fact("Well-being", "62.0")), null, null,
            List.of(new LeaderCard.Section("Suggestions", List.of("Share what you know"))),
            new WebLink("Open your dashboard", URL));

    @Test
    void slackShowsALinkButton() {
        JsonNode blocks = SlackCards.render(DIGEST, "U1", "en").get("blocks");
        JsonNode last = blocks.get(blocks.size() - 1);
        assertEquals("actions", last.get("type").asText());
        assertEquals(URL, last.get("elements").get(0).get("url").asText());
        assertEquals("Open your dashboard", last.get("elements").get(0).get("text").get("text").asText());
    }

    @Test
    void mattermostShowsAMarkdownLink() {
        String text = MattermostCards.render(DIGEST, "lea", "en").get("attachments").get(0).get("text").asText();
        assertTrue(text.endsWith("[Open your dashboard](" + URL.replace("&", "&amp;") + ")"), text);
    }

    @Test
    void webhookCarriesTheLinkAsFieldsAndInTheText() {
        JsonNode body = WebhookCards.render(DIGEST, "lea", "en");
        assertEquals(URL, body.get("dashboardUrl").asText());
        assertEquals("Open your dashboard", body.get("dashboardLabel").asText());
        assertTrue(body.get("text").asText().endsWith("Open your dashboard: " + URL));
    }

    @Test
    void teamsShowsAnOpenUrlAction() {
        JsonNode action = TeamsCards.render(DIGEST, "en").get("attachments").get(0).get("content").get("actions").get(0);
        assertEquals("Action.OpenUrl", action.get("type").asText());
        assertEquals(URL, action.get("url").asText());
    }

    @Test
    void googleChatShowsAnOpenLinkButton() {
        JsonNode sections = GoogleChatCards.render(DIGEST, "en").get("cardsV2").get(0).get("card").get("sections");
        JsonNode button = sections.get(sections.size() - 1).get("widgets").get(0).get("buttonList").get("buttons").get(0);
        assertEquals("Open your dashboard", button.get("text").asText());
        assertEquals(URL, button.get("onClick").get("openLink").get("url").asText());
    }

    @Test
    void aCardWithoutLinkHasNoButton() {
        LeaderCard plain = new LeaderCard(DIGEST.kind(), DIGEST.title(), DIGEST.subtitle(), DIGEST.facts(), null, null,
                DIGEST.sections(), null);
        JsonNode blocks = SlackCards.render(plain, "U1", "en").get("blocks");
        assertTrue(blocks.findValues("url").isEmpty());
        assertTrue(TeamsCards.render(plain, "en").get("attachments").get(0).get("content").get("actions") == null);
    }
}
