package io.pulsecheck.teams;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.delivery.OutboxMessage;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonErasureOutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Test
    void erasureDeletesMessagesStillQueuedForThePersonAndKeepsOthers() {
        UUID erased = UUID.fromString(AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "Europe/Berlin"));
        UUID kept = UUID.fromString(AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "Europe/Berlin"));
        String erasedSlackId = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(erased).platformUserId);
        UUID cycle = UUID.randomUUID();

        UUID prompt = queue(erasedSlackId, "prompt:" + cycle + ":" + erased);
        UUID reply = queue(erasedSlackId, null);
        UUID other = queue("UOTHERPERSON", "prompt:" + cycle + ":" + kept);

        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/" + erased)
                .then().statusCode(204);

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(null, OutboxMessage.findById(prompt), "queued prompt outlived the erasure");
            assertEquals(null, OutboxMessage.findById(reply), "queued reply outlived the erasure");
            assertEquals(1, OutboxMessage.count("id", other));
        });
    }

    private UUID queue(String slackUserId, String dedupKey) {
        ObjectNode payload = JSON.createObjectNode().put("channel", slackUserId).put("text", "Time for your check-in");
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(new OutboundMessage(
                dedupKey == null ? MessageKind.CONVERSATION : MessageKind.PROMPT, PlatformId.SLACK,
                Destination.slackApi("default"), payload, null, dedupKey)).orElseThrow());
    }
}
