package io.pulsecheck.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Digests and alerts queued before outbox rows named their person are found by erasure after the upgrade: V58 gives
 * them the leader from their dedup key. The rows are written as the old code left them, then the migration runs
 * again over them.
 */
@QuarkusTest
class OutboxPersonBackfillTest {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration",
            "V58__outbox_person_of_leader_cards.sql");

    @Inject
    InsightFixtures fixtures;

    @Test
    void erasureDeletesDigestsAndAlertsQueuedBeforeRowsNamedTheirPerson() throws IOException {
        SeededTeam team = fixtures.team("backfill", null, null);
        UUID leader = fixtures.personId(fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en",
                "Europe/Berlin"));
        UUID otherLeader = fixtures.personId(fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en",
                "Europe/Berlin"));
        UUID digest = oldRow("digest", "digest:" + leader + ":" + team.id() + ":2026-03-16");
        UUID alert = oldRow("alert", "alert:" + leader + ":" + UUID.randomUUID());
        UUID othersDigest = oldRow("digest", "digest:" + otherLeader + ":" + team.id() + ":2026-03-16");

        migrate();
        erase(leader);

        assertEquals(List.of(othersDigest), remaining(List.of(digest, alert, othersDigest)));
        assertEquals(otherLeader, personOf(othersDigest));
    }

    @Test
    void leavesRowsWhosePersonTheirOwnColumnsDoNotName() throws IOException {
        UUID reply = oldRow("conversation", "slack-reply:Ev" + UUID.randomUUID().toString().substring(0, 8));
        UUID unkeyed = oldRow("digest", null);
        UUID malformed = oldRow("alert", "alert:not-a-person:" + UUID.randomUUID());

        migrate();

        assertNull(personOf(reply));
        assertNull(personOf(unkeyed));
        assertNull(personOf(malformed));
    }

    /** An outbox row as the code before V58 queued it: no person_id. */
    private static UUID oldRow(String kind, String dedupKey) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.getEntityManager().createNativeQuery("""
                insert into outbox_message (id, kind, channel, rate_key, destination, payload, status, attempts,
                                            next_attempt_at, dedup_key, created_at)
                values (:id, :kind, 'slack', 'slack_api:T0001', cast('{"transport": "slack_api"}' as jsonb),
                        cast('{"text": "old"}' as jsonb), 'sent', 1, now(), :key, now())
                """).setParameter("id", id).setParameter("kind", kind).setParameter("key", dedupKey).executeUpdate());
        return id;
    }

    /** Runs the migration's statement again; its comments go, since they quote dedup keys with colons. */
    private static void migrate() throws IOException {
        String sql = Files.readString(MIGRATION).lines().filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"));
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.getEntityManager().createNativeQuery(sql)
                .executeUpdate());
    }

    private static void erase(UUID personId) {
        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/" + personId)
                .then().statusCode(204);
    }

    private static List<UUID> remaining(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.getEntityManager()
                .createQuery("select m.id from OutboxMessage m where m.id in ?1", UUID.class)
                .setParameter(1, ids).getResultList());
    }

    private static UUID personOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) OutboxMessage.getEntityManager()
                .createNativeQuery("select person_id from outbox_message where id = :id").setParameter("id", id)
                .getSingleResult());
    }
}
