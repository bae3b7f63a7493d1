package io.pulsecheck.platform.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pulsecheck.platform.slack.SlackWorkspaces.API;
import static io.pulsecheck.platform.slack.SlackWorkspaces.slack;
import static io.pulsecheck.testing.SignedRequests.slackInteraction;
import static io.pulsecheck.testing.SignedRequests.slackSubmitPayload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.platform.slack.SlackWorkspaces.Workspace;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The App Home tab: status, language, the buttons and what is stored, in the person's language, never answers. */
@QuarkusTest
class SlackHomeTest {

    @Inject
    SlackRosterSync roster;

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport delivery;

    private Workspace workspace;
    private Checkin checkin;
    private String memberId;

    @BeforeEach
    void aGermanSpeakingMemberFoundByEmail() {
        SlackWorkspaces.acceptsMessagesAndViews();
        delivery.isolate();
        workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String email = SlackWorkspaces.email();
        SlackWorkspaces.onlyEmail(checkin.member(0).id(), email);
        QuarkusTransaction.requiringNew().run(() -> io.pulsecheck.teams.Person.<io.pulsecheck.teams.Person>findById(
                checkin.member(0).id()).switchLocale("de-CH"));
        memberId = SlackWorkspaces.unique("U");
        SlackWorkspaces.member(workspace, email, memberId);
        roster.sync();
    }

    @Test
    void publishesStatusButtonsAndWhatWeStoreInThePersonsLanguageWithTheirWorkspaceToken() {
        openHome();

        String view = publishedView();
        assertTrue(view.contains("Ihr pulsecheck"), view);
        assertTrue(view.contains("Sie nehmen an den Check-ins teil"), view);
        assertTrue(view.contains("*Sprache:* Deutsch"), view);
        assertTrue(view.contains("Was wir über Sie speichern"), view);
        for (String action : List.of("home_pause", "home_stop", "home_language")) {
            assertTrue(view.contains("\"" + action + "\""), action);
        }
    }

    @Test
    void neverShowsAnAnswer() {
        String comment = "Secret remark " + SlackWorkspaces.unique("");
        ObjectNode submit = (ObjectNode) json(slackSubmitPayload(checkin.cycleId(), memberId,
                Map.of(checkin.scale(), "4"), comment));
        ((ObjectNode) submit.get("team")).put("id", workspace.teamId());
        slackInteraction(submit.toString()).then().statusCode(200);

        openHome();

        String view = publishedView();
        assertFalse(view.contains("Secret remark"), view);
        assertFalse(view.contains(checkin.cycleId().toString()), view);
    }

    @Test
    void stopButtonOptsOutAndShowsResume() {
        ObjectNode press = SignedRequests.JSON.createObjectNode().put("type", "block_actions");
        press.putObject("user").put("id", memberId);
        press.putObject("team").put("id", workspace.teamId());
        press.putArray("actions").addObject().put("type", "button").put("action_id", "home_stop")
                .put("block_id", "home");

        slackInteraction(press.toString()).then().statusCode(200);
        worker.deliverDue();

        assertEquals("opted_out", Rows.person(checkin.member(0).id()).status.name());
        String view = publishedView();
        assertTrue(view.contains("home_resume"), view);
        assertFalse(view.contains("home_stop"), view);
    }

    private void openHome() {
        SlackWorkspaces.event(workspace.teamId(), """
                {"type": "app_home_opened", "user": "%s", "channel": "D1", "tab": "home"}""".formatted(memberId))
                .then().statusCode(200);
        worker.deliverDue();
    }

    /** The one view published to this member, with this workspace's token. */
    private String publishedView() {
        var requests = slack().findAll(postRequestedFor(urlEqualTo(API + "/views.publish"))
                .withHeader("Authorization", equalTo("Bearer " + workspace.token()))
                .withRequestBody(matchingJsonPath("$.user_id", equalTo(memberId))));
        assertFalse(requests.isEmpty(), "no views.publish for the member");
        return requests.get(requests.size() - 1).getBodyAsString();
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return SignedRequests.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
