package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.quarkus.test.junit.QuarkusTest;

/** The registry is the only place the core chooses a platform: by the recipient for prompts, by the target for cards. */
@QuarkusTest
class ChatPlatformsTest {

    private static final LeaderCard ALERT = new LeaderCard(LeaderCard.Kind.ALERT, "Team A", "Well-being dropped",
            List.of(), null, null, List.of(new LeaderCard.Section("Suggestions", List.of("Talk to @channel"))), null);

    @Inject
    ChatPlatforms platforms;

    @Test
    void leadersCanSubscribeOnEveryPlatformThatTakesCardsAndNotOnTheWeb() {
        assertEquals(List.of(PlatformId.SLACK, PlatformId.MATTERMOST, PlatformId.TEAMS, PlatformId.GOOGLE_CHAT,
                PlatformId.WEBHOOK, PlatformId.EMAIL), platforms.digestPlatforms());
        ApiException refused = assertThrows(ApiException.class, () -> platforms.checkDigestTarget(
                leader(PlatformId.WEB, "w1"), new DigestTarget(PlatformId.WEB, "https://example.com/hook", null)));
        assertEquals(List.of(new Problem.FieldError("channel", "must be slack, mattermost, teams, google-chat, webhook or email")),
                refused.problem().errors());
    }

    @Test
    void slackCardsGoToTheLeadersOwnSlackIdentityWithoutAWebhook() {
        DigestTarget stored = platforms.checkDigestTarget(leader(PlatformId.SLACK, "U1"),
                new DigestTarget(PlatformId.SLACK, "https://hooks.example.com/ignored", "T1"));
        assertEquals(new DigestTarget(PlatformId.SLACK, null, "T1"), stored);
        assertThrows(ApiException.class, () -> platforms.checkDigestTarget(leader(PlatformId.MATTERMOST, "anna"),
                new DigestTarget(PlatformId.SLACK, null, "T1")));
    }

    @Test
    void webhookTargetsAreStrippedHttpUrls() {
        DigestTarget stored = platforms.checkDigestTarget(leader(PlatformId.SLACK, "U1"),
                new DigestTarget(PlatformId.TEAMS, "  https://example.webhook.office.com/w/1 ", null));
        assertEquals("https://example.webhook.office.com/w/1", stored.webhookUrl());
        ApiException refused = assertThrows(ApiException.class, () -> platforms.checkDigestTarget(
                leader(PlatformId.SLACK, "U1"), new DigestTarget(PlatformId.MATTERMOST, "ftp://example.com", null)));
        assertEquals("webhookUrl", refused.problem().errors().get(0).field());
    }

    @Test
    void mattermostCardIsADirectMessageOnlyForALeaderOnMattermost() {
        DigestTarget target = new DigestTarget(PlatformId.MATTERMOST, "https://chat.example.com/hooks/x", null);
        OutboundMessage toMattermostLeader = platforms.leaderCard(ALERT,
                new LeaderAddress(leader(PlatformId.MATTERMOST, "anna"), target, "k1")).orElseThrow();
        OutboundMessage toSlackLeader = platforms.leaderCard(ALERT,
                new LeaderAddress(leader(PlatformId.SLACK, "U1"), target, "k2")).orElseThrow();

        assertEquals("@anna", toMattermostLeader.payload().path("channel").asText());
        assertFalse(toSlackLeader.payload().has("channel"));
        assertEquals(MessageKind.ALERT, toMattermostLeader.kind());
        assertEquals("mattermost_webhook", toMattermostLeader.destination().transport());
        JsonNode attachment = toMattermostLeader.payload().path("attachments").path(0);
        assertEquals("#C62828", attachment.path("color").asText());
        assertEquals("**Suggestions**\n- Talk to @\u200Bchannel", attachment.path("text").asText());
    }

    @Test
    void noPlatformRendersCardsForTheWeb() {
        assertEquals(java.util.Optional.empty(), platforms.leaderCard(ALERT, new LeaderAddress(
                leader(PlatformId.SLACK, "U1"), new DigestTarget(PlatformId.WEB, null, null), "k3")));
    }

    @Test
    void googleChatCardIdNamesTheCardKind() {
        OutboundMessage message = platforms.leaderCard(ALERT, new LeaderAddress(leader(PlatformId.SLACK, "U1"),
                new DigestTarget(PlatformId.GOOGLE_CHAT, "https://chat.googleapis.com/v1/spaces/x", null), "k4"))
                .orElseThrow();
        assertEquals("pulsecheck-alert", message.payload().path("cardsV2").path(0).path("cardId").asText());
        assertNull(message.cycleId());
    }

    private static ChatRecipient leader(PlatformId platform, String userId) {
        return new ChatRecipient(UUID.randomUUID(), platform, userId, "en");
    }
}
