package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.quarkus.test.junit.QuarkusTest;

/** Byte limits are measured on what is sent: PostgreSQL's text form of the stored {@code jsonb} payload. */
@QuarkusTest
class WireSizeTest {

    @Inject
    ChatPlatforms platforms;

    @Inject
    EntityManager em;

    @Test
    void measuresTheStoredPayloadAsPostgresqlSendsIt() {
        for (PlatformId id : new PlatformId[] {PlatformId.TEAMS, PlatformId.GOOGLE_CHAT}) {
            for (var fixture : EdgeCaseContent.leaderCards()) {
                ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), id, null, "de");
                JsonNode body = platforms.of(id).orElseThrow().leaderCard(fixture.content(), new LeaderAddress(leader,
                        new DigestTarget(id, "https://example.com/hook", null), "k")).orElseThrow().payload();
                String stored = (String) em.createNativeQuery("select cast(cast(:body as jsonb) as text)")
                        .setParameter("body", body.toString()).getSingleResult();

                assertEquals(stored.getBytes(StandardCharsets.UTF_8).length, WireSize.bytes(body),
                        id + " " + fixture);
            }
        }
    }
}
