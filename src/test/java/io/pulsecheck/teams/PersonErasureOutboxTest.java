package io.pulsecheck.teams;

import static io.pulsecheck.testing.SignedRequests.slackEvent;
import static io.pulsecheck.testing.SignedRequests.slackMessageEvent;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.delivery.OutboxMessage;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Erasure deletes every outbound message addressed to or about the person, whatever queued it. The messages are
 * queued by the real paths (Slack replies, the digest job), so a new message that does not name its person fails
 * here instead of outliving an erasure.
 */
@QuarkusTest
class PersonErasureOutboxTest {

    /** Monday 08:30 in Berlin, when a weekly digest is due. */
    private static final Instant MONDAY_MORNING_BERLIN = Instant.parse("2026-03-16T07:30:00Z");

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void erasureDeletesTheMembersRepliesInAndOutsideACheckInAndKeepsOthers() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        String erased = checkin.member(0).platformUserId();
        String kept = checkin.member(1).platformUserId();

        Set<UUID> erasedRows = queuedBy(() -> {
            slackEvent(slackMessageEvent("Ev" + UUID.randomUUID(), erased, "help")).then().statusCode(200);
            slackEvent(slackMessageEvent("Ev" + UUID.randomUUID(), erased, "hello")).then().statusCode(200);
        });
        Set<UUID> keptRows = queuedBy(() -> slackEvent(slackMessageEvent("Ev" + UUID.randomUUID(), kept, "help"))
                .then().statusCode(200));

        erase(checkin.member(0).id());

        assertGone(erasedRows);
        assertKept(keptRows);
    }

    @Test
    void erasureDeletesTheLeadersQueuedDigest() {
        SeededTeam team = fixtures.teamWithHistory("erasure");
        String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("user"), "en", "Europe/Berlin");
        UUID leader = fixtures.personId(email);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "slack", "workspace", "T0001"))
                .when().put("/api/v1/digest-subscriptions/{id}", leader)
                .then().statusCode(200);
        clock.setInstant(MONDAY_MORNING_BERLIN);
        Set<UUID> digestRows = queuedBy(digests::sendDueDigests);

        erase(leader);

        assertGone(digestRows);
    }

    private static void erase(UUID personId) {
        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/" + personId)
                .then().statusCode(204);
    }

    /** The outbox rows the action queued; it must queue at least one. */
    private static Set<UUID> queuedBy(Runnable action) {
        Set<UUID> before = outboxIds();
        action.run();
        Set<UUID> queued = outboxIds();
        queued.removeAll(before);
        assertFalse(queued.isEmpty(), "nothing was queued");
        return queued;
    }

    private static Set<UUID> outboxIds() {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(OutboxMessage.getEntityManager()
                .createQuery("select m.id from OutboxMessage m", UUID.class).getResultList()));
    }

    private static void assertGone(Set<UUID> ids) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0, OutboxMessage.count("id in ?1", List.copyOf(ids)),
                "a message to the erased person outlived the erasure"));
    }

    private static void assertKept(Set<UUID> ids) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(ids.size(),
                OutboxMessage.count("id in ?1", List.copyOf(ids))));
    }
}
