package io.pulsecheck.platform.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pulsecheck.platform.slack.SlackWorkspaces.API;
import static io.pulsecheck.platform.slack.SlackWorkspaces.slack;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.pulsecheck.testing.SignedRequests.slackInteraction;
import static io.pulsecheck.testing.SignedRequests.slackSubmitPayload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.OutboxMessage;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.platform.slack.SlackWorkspaces.Workspace;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Slack as an installed app, end to end against WireMock as Slack: install, encrypted token, roster by email,
 * prompts with the person's own workspace token, answers and replies, uninstall.
 */
@QuarkusTest
class SlackAppInstallTest {

    @Inject
    SlackRosterSync roster;

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport delivery;

    @BeforeEach
    void slackAcceptsMessages() {
        SlackWorkspaces.acceptsMessagesAndViews();
        delivery.isolate();
    }

    @Test
    void installResolvesEmailOnlyPersonAndPromptsAndRepliesWithThatWorkspacesToken() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String email = SlackWorkspaces.email();
        SlackWorkspaces.onlyEmail(checkin.member(0).id(), email);
        String memberId = SlackWorkspaces.unique("U");
        SlackWorkspaces.member(workspace, email, memberId);

        roster.sync();
        UUID promptId = SlackWorkspaces.queuePrompt(checkin.cycleId(), checkin.member(0).id()).orElseThrow();
        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, delivery.find(promptId).status);
        slack().verify(1, postRequestedFor(urlEqualTo(API + "/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer " + workspace.token()))
                .withRequestBody(matchingJsonPath("$.channel", equalTo(memberId))));

        ObjectNode submit = (ObjectNode) json(slackSubmitPayload(checkin.cycleId(), memberId, fullAnswers(checkin),
                null));
        ((ObjectNode) submit.get("team")).put("id", workspace.teamId());
        slackInteraction(submit.toString()).then().statusCode(200);

        assertEquals(1L, Rows.receipts(checkin.cycleId()));
        assertEquals(1L, Rows.count("""
                select count(*) from outbox_message where person_id = ?1 and kind = 'acknowledgement'
                and payload->>'text' = 'Thanks, your answer is recorded anonymously.'""", checkin.member(0).id()));
    }

    @Test
    void storesTheBotTokenOnlyAsCiphertext() {
        Workspace workspace = SlackWorkspaces.workspace();

        SlackWorkspaces.install(workspace);

        List<Object[]> rows = Rows.list("select bot_token, token_key_id from slack_installation where team_id = ?1",
                workspace.teamId());
        assertEquals(1, rows.size());
        String stored = new String((byte[]) rows.get(0)[0], StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("xoxb-"), "the token column holds the plain token");
        assertFalse(stored.contains(workspace.token().substring(5)));
        assertEquals(0L, Rows.count("""
                select count(*) from slack_installation where position('xoxb-'::bytea in bot_token) > 0"""));
        assertEquals(1, ((Number) rows.get(0)[1]).intValue());
    }

    @Test
    void twoWorkspacesNeverMixTokensOrPeople() {
        Workspace first = SlackWorkspaces.workspace();
        Workspace second = SlackWorkspaces.workspace();
        SlackWorkspaces.install(first);
        SlackWorkspaces.install(second);
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        String firstEmail = SlackWorkspaces.email();
        String secondEmail = SlackWorkspaces.email();
        SlackWorkspaces.onlyEmail(checkin.member(0).id(), firstEmail);
        SlackWorkspaces.onlyEmail(checkin.member(1).id(), secondEmail);
        // Member ids are unique only within a workspace: both workspaces use the same one here.
        String sameId = SlackWorkspaces.unique("U");
        SlackWorkspaces.member(first, firstEmail, sameId);
        SlackWorkspaces.member(second, secondEmail, sameId);
        SlackWorkspaces.nobodyElse(first);
        SlackWorkspaces.nobodyElse(second);

        roster.sync();
        SlackWorkspaces.queuePrompt(checkin.cycleId(), checkin.member(0).id()).orElseThrow();
        SlackWorkspaces.queuePrompt(checkin.cycleId(), checkin.member(1).id()).orElseThrow();
        worker.deliverDue();

        assertEquals(1L, Rows.count("select count(*) from slack_member where person_id = ?1 and team_id = ?2",
                checkin.member(0).id(), first.teamId()));
        assertEquals(1L, Rows.count("select count(*) from slack_member where person_id = ?1 and team_id = ?2",
                checkin.member(1).id(), second.teamId()));
        slack().verify(1, postRequestedFor(urlEqualTo(API + "/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer " + first.token()))
                .withRequestBody(containing(checkin.cycleId().toString())));
        slack().verify(1, postRequestedFor(urlEqualTo(API + "/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer " + second.token()))
                .withRequestBody(containing(checkin.cycleId().toString())));

        // The same member id, sent from the second workspace, is the second person, never the first.
        SlackWorkspaces.event(second.teamId(), """
                {"type": "message", "channel_type": "im", "channel": "D1", "user": "%s", "text": "stop"}"""
                .formatted(sameId)).then().statusCode(200);
        assertEquals("opted_out", Rows.person(checkin.member(1).id()).status.name());
        assertEquals("active", Rows.person(checkin.member(0).id()).status.name());
        assertEquals(1L, Rows.count("""
                select count(*) from outbox_message where person_id = ?1 and destination->>'workspace' = ?2
                and kind = 'conversation'""", checkin.member(1).id(), second.teamId()));
    }

    @Test
    void uninstallDeletesTheTokenAndLaterPromptsBecomeDeadLettersWithTheReason() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String email = SlackWorkspaces.email();
        SlackWorkspaces.onlyEmail(checkin.member(0).id(), email);
        SlackWorkspaces.member(workspace, email, SlackWorkspaces.unique("U"));
        roster.sync();

        SlackWorkspaces.event(workspace.teamId(), "{\"type\": \"app_uninstalled\"}").then().statusCode(200);
        UUID promptId = SlackWorkspaces.queuePrompt(checkin.cycleId(), checkin.member(0).id()).orElseThrow();
        worker.deliverDue();

        assertEquals(1L, Rows.count("""
                select count(*) from slack_installation where team_id = ?1 and bot_token is null
                and removed_reason = 'app_uninstalled'""", workspace.teamId()));
        OutboxMessage prompt = delivery.find(promptId);
        assertEquals(OutboxMessage.Status.dead, prompt.status);
        assertEquals("slack app removed from this workspace (app_uninstalled); reinstall it", prompt.lastError);
        slack().verify(0, postRequestedFor(urlEqualTo(API + "/chat.postMessage"))
                .withRequestBody(containing(checkin.cycleId().toString())));
    }

    @Test
    void revokedBotTokenIsDeletedToo() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);

        SlackWorkspaces.event(workspace.teamId(), """
                {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOT"]}}""").then().statusCode(200);

        assertEquals(1L, Rows.count("""
                select count(*) from slack_installation where team_id = ?1 and bot_token is null
                and removed_reason = 'tokens_revoked'""", workspace.teamId()));
    }

    @Test
    void refusesAForgedStateAndStoresNothing() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.Started real = SlackWorkspaces.startInstall();

        SlackWorkspaces.callback(new SlackWorkspaces.Started("forged-" + UUID.randomUUID(), real.cookie()),
                workspace.code())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("state"));

        assertNoInstall(workspace);
    }

    @Test
    void refusesAReusedState() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.Started started = SlackWorkspaces.startInstall();
        SlackWorkspaces.callback(started, workspace.code()).then().statusCode(200);

        SlackWorkspaces.callback(started, workspace.code()).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("state"));

        slack().verify(1, postRequestedFor(urlEqualTo(API + "/oauth.v2.access"))
                .withRequestBody(containing("code=" + workspace.code())));
    }

    @Test
    void refusesAStateFromAnotherBrowserAndUsesItUp() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.Started victim = SlackWorkspaces.startInstall();
        SlackWorkspaces.Started attacker = SlackWorkspaces.startInstall();

        SlackWorkspaces.callback(new SlackWorkspaces.Started(victim.state(), attacker.cookie()), workspace.code())
                .then().statusCode(400);
        SlackWorkspaces.callback(new SlackWorkspaces.Started(victim.state(), null), workspace.code())
                .then().statusCode(400);
        SlackWorkspaces.callback(victim, workspace.code()).then().statusCode(400);

        assertNoInstall(workspace);
    }

    @Test
    void storesStatesOnlyAsHashes() {
        SlackWorkspaces.Started started = SlackWorkspaces.startInstall();

        assertEquals(0L, Rows.count("select count(*) from slack_oauth_state where state_hash = ?1 or browser_hash = ?2",
                started.state(), started.cookie()));
        assertEquals(1L, Rows.count("select count(*) from slack_oauth_state where state_hash = ?1",
                SlackInstalls.sha256(started.state())));
    }

    private static void assertNoInstall(Workspace workspace) {
        assertEquals(0L, Rows.count("select count(*) from slack_installation where team_id = ?1", workspace.teamId()));
        slack().verify(0, postRequestedFor(urlEqualTo(API + "/oauth.v2.access"))
                .withRequestBody(containing("code=" + workspace.code())));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return SignedRequests.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
