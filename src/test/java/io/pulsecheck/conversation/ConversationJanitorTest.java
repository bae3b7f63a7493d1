package io.pulsecheck.conversation;

import static io.pulsecheck.testing.SignedRequests.mattermostAction;
import static io.pulsecheck.testing.SignedRequests.mattermostContext;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConversationJanitorTest {

    @Inject
    ConversationJanitor janitor;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deletesConversationStateLeftAtCycleClose() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        mattermostAction(mattermostAction(checkin.member(0).platformUserId(), mattermostContext(checkin.cycleId(),
                checkin.member(0).id(), checkin.scale().toString(), "2"))).then().statusCode(200);
        assertEquals(1, Rows.conversations(checkin.cycleId()));
        OpenCheckInFixtures.close(checkin.cycleId());

        janitor.purge();

        assertEquals(0, Rows.conversations(checkin.cycleId()));
        assertEquals(0, Rows.responses(checkin.cycleId()));
    }

    @Test
    void keepsConversationsOfOpenCycles() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        mattermostAction(mattermostAction(checkin.member(0).platformUserId(), mattermostContext(checkin.cycleId(),
                checkin.member(0).id(), checkin.scale().toString(), "2"))).then().statusCode(200);

        janitor.purge();

        assertEquals(1, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void keepsReplayRecordsOnlyToTheirRetentionBucket() {
        String eventId = "Ev" + java.util.UUID.randomUUID();
        java.time.Instant arrival = clock.instant();
        SignedRequests.slackEvent("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"" + eventId
                + "\",\"event\":{\"type\":\"reaction_added\"}}").then().statusCode(200);

        java.time.Instant stored = ((java.time.Instant) Rows.list(
                "select received_at from inbound_request where source = 'slack-event' order by received_at desc")
                .get(0)[0]);
        // The default retention is one hour: only the end of the hour it arrived in is kept.
        assertEquals(0, stored.getEpochSecond() % 3600);
        assertEquals(true, stored.isAfter(arrival) && !stored.isAfter(arrival.plus(Duration.ofHours(1))));

        long inBucket = Rows.count("select count(*) from inbound_request where received_at = ?1", stored);
        clock.setInstant(arrival.plus(Duration.ofMinutes(59)));
        janitor.purge();
        assertEquals(inBucket, Rows.count("select count(*) from inbound_request where received_at = ?1", stored),
                "a key must outlive its retention after arrival");
    }

    @Test
    void forgetsRequestKeysAfterRetention() {
        String eventId = "Ev" + java.util.UUID.randomUUID();
        SignedRequests.slackEvent("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"" + eventId
                + "\",\"event\":{\"type\":\"reaction_added\"}}").then().statusCode(200);
        long before = Rows.count("select count(*) from inbound_request where source = 'slack-event'");

        clock.setInstant(clock.instant().plus(Duration.ofHours(2)));
        ConversationJanitor.Purged purged = janitor.purge();

        assertEquals(true, purged.requestKeys() >= 1);
        assertEquals(true, Rows.count("select count(*) from inbound_request where source = 'slack-event'") < before);
    }
}
