package io.pulsecheck.platform.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.pulsecheck.platform.teams.TeamsActivities.send;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;
import io.pulsecheck.questions.Question;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.FakeMicrosoft;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The whole Teams path against a fake Microsoft: install, prompt card, answer in the card, card update, commands. */
@QuarkusTest
class TeamsBotFlowTest {

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport support;

    @Inject
    ChatPlatforms platforms;

    @Inject
    Outbox outbox;

    @Inject
    DigestService digests;

    @BeforeEach
    void freshMicrosoftAndOutbox() {
        FakeMicrosoft.stub();
        support.isolate();
    }

    @Test
    void installPromptAnswerInCardSealUpdateCardAndSendLeaderDigestToOneToOneChat() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 2);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());

        send(TeamsActivities.install(member)).then().statusCode(200);
        assertEquals(1L, Rows.count("""
                select count(*) from teams_conversation_reference
                where person_id = ?1 and conversation_id = ?2 and tenant_id = ?3 and service_url = ?4""",
                checkin.member(0).id(), member.conversationId(), FakeMicrosoft.TENANT, FakeMicrosoft.serviceUrl()));

        queuePrompt(checkin, 0);
        worker.deliverDue();
        List<LoggedRequest> cards = cardsPostedTo(member);
        assertEquals(1, cards.size());
        JsonPath prompt = JsonPath.from(cards.get(0).getBodyAsString());
        assertEquals("message", prompt.getString("type"));
        assertEquals("application/vnd.microsoft.card.adaptive", prompt.getString("attachments[0].contentType"));
        assertEquals("1.5", prompt.getString("attachments[0].content.version"));
        List<String> inputIds = prompt.getList("attachments[0].content.body.findAll { it.id }.id");
        assertEquals(List.of("q:" + checkin.scale(), "q:" + checkin.yesNo(), "q:" + checkin.choice(),
                "q:" + checkin.freeText(), "comment", "replies"), inputIds);
        assertEquals("Input.ChoiceSet", prompt.getString("attachments[0].content.body.find { it.id == 'q:"
                + checkin.scale() + "' }.type"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), prompt.getList(
                "attachments[0].content.body.find { it.id == 'q:" + checkin.scale() + "' }.choices.value"));
        assertEquals("Action.Submit", prompt.getString("attachments[0].content.actions[0].type"));
        assertEquals(checkin.cycleId().toString(), prompt.getString("attachments[0].content.actions[0].data.cycle"));
        assertEquals("Bearer " + FakeMicrosoft.APP_TOKEN, cards.get(0).getHeader("Authorization"));

        send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), "Thanks for the Q&A",
                "1700000000000")).then().statusCode(200);
        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(3L, Rows.answers(checkin.cycleId()));
        assertEquals(1L, Rows.comments(checkin.cycleId()));
        assertEquals(1L, Rows.receipts(checkin.cycleId()));

        worker.deliverDue();
        List<LoggedRequest> updates = FakeMicrosoft.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathMatching(
                        FakeMicrosoft.CONNECTOR_PATH + "v3/conversations/" + encoded(member.conversationId())
                                + "/activities/1700000000000")));
        assertEquals(1, updates.size());
        JsonPath update = JsonPath.from(updates.get(0).getBodyAsString());
        assertEquals("1700000000000", update.getString("id"));
        assertEquals("Thanks, your answer is recorded anonymously.",
                update.getString("attachments[0].content.body[0].text"));
        assertFalse(updates.get(0).getBodyAsString().contains("More focus time"), "the update repeats no answer");

        UUID leader = leaderOf(checkin);
        String leaderEmail = Rows.list("select email from person where id = ?1", leader).get(0)[0].toString();
        TeamsActivities.User leaderUser = TeamsActivities.User.of("oid-" + UUID.randomUUID());
        FakeMicrosoft.server().stubFor(get(urlPathMatching(FakeMicrosoft.CONNECTOR_PATH + "v3/conversations/"
                + encoded(leaderUser.conversationId()) + "/members/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + leaderUser.teamsId() + "\",\"email\":\"" + leaderEmail.toUpperCase()
                        + "\",\"userPrincipalName\":\"" + leaderEmail + "\"}")));
        send(TeamsActivities.botAdded(leaderUser)).then().statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.hrAdmin()).contentType("application/json")
                .body("{\"channel\":\"teams\"}").put("/api/v1/digest-subscriptions/" + leader)
                .then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            OutboundMessage digest = platforms.leaderCard(digests.digestCard(checkin.teamId(), "en"),
                    new LeaderAddress(new ChatRecipient(leader, null, null, "en"),
                            new DigestTarget(PlatformId.TEAMS, null, null), "digest:teams-test:" + leader))
                    .orElseThrow();
            outbox.enqueue(digest.toPerson(leader));
        });
        worker.deliverDue();
        List<LoggedRequest> toLeader = cardsPostedTo(leaderUser);
        assertEquals(1, toLeader.size());
        JsonPath digest = JsonPath.from(toLeader.get(0).getBodyAsString());
        assertTrue(digest.getString("attachments[0].content.body[0].text").contains(
                QuarkusTransaction.requiringNew().call(() -> io.pulsecheck.teams.Team.<io.pulsecheck.teams.Team>findById(
                        checkin.teamId()).name)));
    }

    @Test
    void reachesPeopleOnlyOnceTheyInstalledTheApp() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        ChatRecipient recipient = recipient(checkin, 0);
        assertEquals(Reach.NONE, platforms.of(PlatformId.TEAMS).orElseThrow().reach(recipient));
        assertTrue(prompt(checkin, 0).isEmpty(), "no prompt before the app is installed");

        send(TeamsActivities.install(TeamsActivities.User.of(checkin.member(0).platformUserId())))
                .then().statusCode(200);

        assertEquals(Reach.INTERACTIVE, platforms.of(PlatformId.TEAMS).orElseThrow().reach(recipient));
        assertTrue(prompt(checkin, 0).isPresent());
    }

    @Test
    void memberWhoInstallsTheAppDuringAnOpenCheckInIsInvitedToIt() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        UUID member = checkin.member(0).id();
        // As the opener leaves them: nothing reached them when the cycle opened.
        QuarkusTransaction.requiringNew().run(() -> Person.getEntityManager().createNativeQuery(
                "delete from cycle_invitation where cycle_id = :c and person_id = :p")
                .setParameter("c", checkin.cycleId()).setParameter("p", member).executeUpdate());

        send(TeamsActivities.install(TeamsActivities.User.of(checkin.member(0).platformUserId())))
                .then().statusCode(200);

        assertEquals(1, Rows.count("select count(*) from cycle_invitation where cycle_id = ?1 and person_id = ?2 "
                + "and not prompted", checkin.cycleId(), member), "due at once, for the next prompt tick");
    }

    @Test
    void uninstallForgetsTheChat() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);

        send(TeamsActivities.uninstall(member)).then().statusCode(200);

        assertEquals(0L, references(checkin.member(0).id()));
        assertTrue(prompt(checkin, 0).isEmpty());
    }

    @Test
    void matchesByEntraObjectIdAsIdentityProviderSubject() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        UUID leader = leaderOf(checkin);
        String objectId = "oid-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(leader).subject = objectId);

        send(TeamsActivities.install(TeamsActivities.User.of(objectId))).then().statusCode(200);

        assertEquals(1L, references(leader));
    }

    @Test
    void greetsSomeoneNotOnTheRosterAndRemembersNothing() {
        TeamsActivities.User stranger = TeamsActivities.User.of("oid-" + UUID.randomUUID());

        send(TeamsActivities.install(stranger)).then().statusCode(200);

        assertEquals(0L, Rows.count("select count(*) from teams_conversation_reference where conversation_id = ?1",
                stranger.conversationId()));
        worker.deliverDue();
        assertTrue(postedTo(stranger).get(0).getBodyAsString().contains("ask HR to add you"));
    }

    @Test
    void typedCommandPausesAndRepliesInTheChat() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);

        send(TeamsActivities.typed(member, "pause 3")).then().statusCode(200);

        assertEquals(Person.Status.paused, Rows.person(checkin.member(0).id()).status);
        worker.deliverDue();
        assertTrue(postedTo(member).stream().anyMatch(r -> r.getBodyAsString().contains("paused until")));
    }

    @Test
    void redeliveredActivityIsAcknowledgedWithoutSecondEffect() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);
        var help = TeamsActivities.typed(member, "help");
        send(help).then().statusCode(200);
        long replies = Rows.count("select count(*) from outbox_message where person_id = ?1",
                checkin.member(0).id());

        send(help).then().statusCode(200);

        assertEquals(replies, Rows.count("select count(*) from outbox_message where person_id = ?1",
                checkin.member(0).id()));
    }

    @Test
    void secondSubmitReplacesCardWithAlreadyAnswered() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);
        send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), null, "card-1"))
                .then().statusCode(200);

        send(TeamsActivities.submit(member, checkin.cycleId(), Map.of(checkin.scale(), "0"), "again", "card-1"))
                .then().statusCode(200);

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(0L, Rows.comments(checkin.cycleId()));
        assertEquals(1L, Rows.count("""
                select count(*) from outbox_message where destination->>'transport' = 'teams_bot_update'
                and payload::text like '%already answered%' and person_id = ?1""", checkin.member(0).id()));
    }

    @Test
    void submitToClosedCheckInReplacesCardWithClosedAndStoresNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);
        OpenCheckInFixtures.close(checkin.cycleId());

        send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), null, "card-2"))
                .then().statusCode(200);

        assertEquals(0L, Rows.receipts(checkin.cycleId()));
        assertEquals(0L, Pending.count(checkin.cycleId()));
        assertEquals(1L, Rows.count("""
                select count(*) from outbox_message where destination->>'transport' = 'teams_bot_update'
                and payload::text like '%has closed%' and person_id = ?1""", checkin.member(0).id()));
    }

    @Test
    void refusesInvalidAnswerNamingItsInputAndStoresNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);
        Map<UUID, String> answers = new HashMap<>(fullAnswers(checkin));
        answers.put(checkin.scale(), "9");

        send(TeamsActivities.submit(member, checkin.cycleId(), answers, null, "card-3"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("value.q:" + checkin.scale()));

        assertEquals(0L, Rows.receipts(checkin.cycleId()));
        assertEquals(0L, Pending.count(checkin.cycleId()));
    }

    @Test
    void refusesSubmitFromUserWithoutInstallation() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());

        send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), null, "card-4"))
                .then().statusCode(403);

        assertEquals(0L, Rows.receipts(checkin.cycleId()));
    }

    @Test
    void erasingThePersonForgetsTheChat() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        send(TeamsActivities.install(TeamsActivities.User.of(checkin.member(0).platformUserId())))
                .then().statusCode(200);

        given().header("Authorization", "Bearer " + TestTokens.hrAdmin())
                .delete("/api/v1/people/" + checkin.member(0).id()).then().statusCode(204);

        assertEquals(0L, references(checkin.member(0).id()));
    }

    @Test
    void refusesDigestToOneToOneChatBeforeTheLeaderInstalledTheApp() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);

        given().header("Authorization", "Bearer " + TestTokens.hrAdmin()).contentType("application/json")
                .body("{\"channel\":\"teams\"}").put("/api/v1/digest-subscriptions/" + leaderOf(checkin))
                .then().statusCode(400).body("errors.field", hasItem("channel"));
    }

    private static long references(UUID personId) {
        return Rows.count("select count(*) from teams_conversation_reference where person_id = ?1", personId);
    }

    private static UUID leaderOf(Checkin checkin) {
        return (UUID) Rows.list("select person_id from team_leader where team_id = ?1", checkin.teamId()).get(0)[0];
    }

    private static ChatRecipient recipient(Checkin checkin, int member) {
        return new ChatRecipient(checkin.member(member).id(), PlatformId.TEAMS,
                checkin.member(member).platformUserId(), "en");
    }

    private Optional<OutboundMessage> prompt(Checkin checkin, int member) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Question> questions = checkin.questions().stream().map(id -> (Question) Question.findById(id))
                    .toList();
            return platforms.prompt(new PromptContent(false, checkin.cycleId(), checkin.cycleDate(), "Platform",
                    recipient(checkin, member), questions, List.of()));
        });
    }

    private void queuePrompt(Checkin checkin, int member) {
        OutboundMessage message = prompt(checkin, member).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(
                message.forPerson(checkin.cycleId(), checkin.member(member).id())));
    }

    /** The cards (not the plain text replies) the bot posted as new messages into the user's chat. */
    static List<LoggedRequest> cardsPostedTo(TeamsActivities.User user) {
        return postedTo(user).stream().filter(r -> r.getBodyAsString().contains("AdaptiveCard")).toList();
    }

    /** What the bot posted as new messages into the user's chat. */
    static List<LoggedRequest> postedTo(TeamsActivities.User user) {
        return FakeMicrosoft.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathMatching(FakeMicrosoft.CONNECTOR_PATH + "v3/conversations/" + encoded(user.conversationId())
                        + "/activities")));
    }

    static String encoded(String conversationId) {
        return URLEncoder.encode(conversationId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
