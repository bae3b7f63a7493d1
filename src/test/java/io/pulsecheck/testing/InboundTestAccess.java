package io.pulsecheck.testing;

import java.util.Map;
import java.util.UUID;

import io.pulsecheck.conversation.ConversationJanitor;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.quarkus.arc.Arc;
import io.restassured.response.Response;

/** Lets tests of other packages drive the inbound endpoints and the janitor. */
public final class InboundTestAccess {

    private InboundTestAccess() {
    }

    /** A signed Slack Submit that must be accepted. */
    public static void slackSubmit(Checkin checkin, String slackUserId, Map<UUID, String> answers, String comment) {
        SignedRequests.slackInteraction(
                SignedRequests.slackSubmitPayload(checkin.cycleId(), slackUserId, answers, comment))
                .then().statusCode(200);
    }

    public static Response slackSubmitRaw(Checkin checkin, String slackUserId, Map<UUID, String> answers) {
        return SignedRequests.slackInteraction(
                SignedRequests.slackSubmitPayload(checkin.cycleId(), slackUserId, answers, null));
    }

    public static ConversationJanitor.Purged purge() {
        return Arc.container().instance(ConversationJanitor.class).get().purge();
    }
}
