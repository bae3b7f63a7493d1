package io.pulsecheck.platform.mattermost;

import static io.pulsecheck.testing.SignedRequests.mattermostAction;
import static io.pulsecheck.testing.SignedRequests.mattermostCommand;
import static io.pulsecheck.testing.SignedRequests.mattermostCommandForm;
import static io.pulsecheck.testing.SignedRequests.mattermostContext;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.OpenCheckInFixtures.Member;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Mattermost does not sign its requests, so each button carries a token bound to its post, cycle and person that
 * expires at the cycle's close and works once, and the slash command needs its trigger id. Every refused request
 * leaves the conversation, the replay records and the person as they were.
 */
@QuarkusTest
class MattermostActionSecurityTest {

    private static final String POST = "postabcdefghijklmnopqrstuv";

    @Inject
    MattermostActionUseJanitor janitor;

    @Inject
    TestClock clock;

    @Test
    void refusesTheSameStepOfAPostPressedAgainWithANewTriggerId() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode context = bound(checkin, member, checkin.scale().toString(), "4");
        mattermostAction(mattermostAction(member.platformUserId(), context)).then().statusCode(200);
        long uses = uses();

        // A captured context re-sent as a new press (SignedRequests gives every press a fresh trigger_id).
        mattermostAction(mattermostAction(member.platformUserId(), context)).then().statusCode(409)
                .contentType("application/problem+json");
        // Another value of the same step of the same post is the same step pressed twice.
        mattermostAction(mattermostAction(member.platformUserId(), bound(checkin, member, checkin.scale().toString(),
                "1"))).then().statusCode(409);

        assertEquals(uses, uses());
        assertEquals(1, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesAContextReaddressedToAnotherPerson() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 2);
        ObjectNode context = bound(checkin, checkin.member(0), checkin.scale().toString(), "4");
        context.put("person", checkin.member(1).id().toString());

        refused(checkin.member(1), context, 401);
        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesAContextReaddressedToAnotherCycle() {
        Checkin first = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Checkin other = OpenCheckInFixtures.openCheckin("mattermost", 1);
        ObjectNode context = bound(first, first.member(0), first.scale().toString(), "4");
        context.put("cycle", other.cycleId().toString());

        refused(first.member(0), context, 401);
        assertEquals(0, Rows.conversations(first.cycleId()));
        assertEquals(0, Rows.conversations(other.cycleId()));
    }

    @Test
    void refusesATokenPressedOnAnotherPost() throws IOException {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode request = (ObjectNode) SignedRequests.JSON.readTree(mattermostAction(member.platformUserId(),
                bound(checkin, member, checkin.scale().toString(), "4")));
        request.put("post_id", "otherpostabcdefghijklmnopq");

        long uses = uses();
        mattermostAction(request.toString()).then().statusCode(403).contentType("application/problem+json");
        // Nor can the context be made to name the other post: the token covers it.
        ObjectNode renamed = bound(checkin, member, checkin.scale().toString(), "4")
                .put("post", "otherpostabcdefghijklmnopq");
        refused(member, renamed, 401);

        assertEquals(uses, uses());
        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesATokenPastTheCyclesClose() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode expired = mattermostContext(POST, checkin.cycleId(), member.id(), checkin.scale().toString(), "4",
                Instant.now().minusSeconds(1));

        long uses = uses();
        refused(member, expired, 403);
        // Moving the expiry breaks the token.
        refused(member, expired.deepCopy().put("expires", Instant.now().plusSeconds(3600).getEpochSecond()), 401);

        assertEquals(uses, uses());
        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void buttonsOfAnUpdatedPostExpireAtTheCyclesCloseAndNameThePost() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);

        ObjectNode next = (ObjectNode) SignedRequests.JSON.valueToTree(mattermostAction(mattermostAction(
                member.platformUserId(), bound(checkin, member, checkin.scale().toString(), "4")))
                .then().statusCode(200).extract().jsonPath()
                .getMap("update.props.attachments[0].actions[0].integration.context"));

        assertEquals(POST, next.get("post").asText());
        assertEquals(Rows.count("select extract(epoch from closes_at)::bigint from cycle where id = ?1",
                checkin.cycleId()), next.get("expires").asLong());
    }

    @Test
    void identifiesThePresserByUserIdWhateverTheirUserName() throws IOException {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode renamed = (ObjectNode) SignedRequests.JSON.readTree(mattermostAction(member.platformUserId(),
                bound(checkin, member, checkin.scale().toString(), "4")));
        renamed.put("user_name", "someone.new");

        mattermostAction(renamed.toString()).then().statusCode(200);
        assertEquals(1, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesSomeoneWhoTookOverTheFormerUserName() throws IOException {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode impostor = (ObjectNode) SignedRequests.JSON.readTree(mattermostAction("impostoruserid0000000000aa",
                bound(checkin, member, checkin.scale().toString(), "4")));
        impostor.put("user_name", "name-of-" + member.platformUserId());

        mattermostAction(impostor.toString()).then().statusCode(403);
        mattermostCommand(mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, "impostoruserid0000000000aa",
                "stop").replace("name-of-impostoruserid0000000000aa", "name-of-" + member.platformUserId()))
                .then().statusCode(200).body("text", equalTo(
                        "I do not know you yet; please ask HR to add you to your team."));

        assertEquals(0, Rows.conversations(checkin.cycleId()));
        assertEquals(Person.Status.active, Rows.person(member.id()).status);
    }

    @Test
    void refusesAReplayedSlashCommand() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        String stop = mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, member.platformUserId(), "stop");
        mattermostCommand(mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, member.platformUserId(),
                "pause 2027-01-06")).then().statusCode(200);
        mattermostCommand(stop).then().statusCode(200);
        mattermostCommand(mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, member.platformUserId(), "resume"))
                .then().statusCode(200);

        mattermostCommand(stop).then().statusCode(409).contentType("application/problem+json");

        assertEquals(Person.Status.active, Rows.person(member.id()).status);
    }

    @Test
    void refusesASlashCommandWithoutTriggerId() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        String form = mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, checkin.member(0).platformUserId(),
                "stop").replaceAll("&trigger_id=[^&]*", "");

        mattermostCommand(form).then().statusCode(400).body("errors.field", hasItem("trigger_id"));

        assertEquals(Person.Status.active, Rows.person(checkin.member(0).id()).status);
    }

    @Test
    void refusesAButtonPressWithoutTriggerId() throws IOException {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode request = (ObjectNode) SignedRequests.JSON.readTree(mattermostAction(member.platformUserId(),
                bound(checkin, member, checkin.scale().toString(), "4")));
        request.remove("trigger_id");

        long uses = uses();
        mattermostAction(request.toString()).then().statusCode(400).body("errors.field", hasItem("trigger_id"));

        assertEquals(uses, uses());
        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void purgesSingleUseRecordsOnceTheirTokensHaveExpired() {
        Checkin closing = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Checkin later = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Instant soon = Instant.now().plusSeconds(60);
        mattermostAction(mattermostAction(closing.member(0).platformUserId(), mattermostContext(POST,
                closing.cycleId(), closing.member(0).id(), closing.scale().toString(), "4", soon)))
                .then().statusCode(200);
        mattermostAction(mattermostAction(later.member(0).platformUserId(), bound(later, later.member(0),
                later.scale().toString(), "4"))).then().statusCode(200);

        long stillValid = Rows.count("select count(*) from mattermost_action_use where expires_at > ?1", soon);

        try {
            clock.setInstant(soon);
            janitor.purge();
        } finally {
            clock.reset();
        }

        assertEquals(0, Rows.count("select count(*) from mattermost_action_use where expires_at <= ?1", soon));
        assertEquals(stillValid, Rows.count("select count(*) from mattermost_action_use where expires_at > ?1", soon));
        assertEquals(true, stillValid > 0);
    }

    private static ObjectNode bound(Checkin checkin, Member member, String question, String value) {
        return mattermostContext(POST, checkin.cycleId(), member.id(), question, value,
                Instant.now().plusSeconds(86_400));
    }

    private static void refused(Member presser, ObjectNode context, int status) {
        Response response = mattermostAction(mattermostAction(presser.platformUserId(), context));
        response.then().statusCode(status).contentType("application/problem+json");
    }

    private static long uses() {
        return Rows.count("select count(*) from mattermost_action_use");
    }
}
