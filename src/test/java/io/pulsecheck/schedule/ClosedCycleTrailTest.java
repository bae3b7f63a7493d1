package io.pulsecheck.schedule;

import static io.pulsecheck.testing.InboundTestAccess.slackSubmit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.testing.InboundTestAccess;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.OpenCheckInFixtures.Member;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** After a cycle closes, nothing in the outbox or the delivery log tells who was asked, reminded or answered. */
@QuarkusTest
class ClosedCycleTrailTest {

    /** Closing time given to a cycle a test closes, so closing it closes no other test's cycle. */
    private static final Instant LONG_AGO = Instant.parse("2000-01-03T00:00:00Z");

    private static final java.time.LocalDate MONDAY = java.time.LocalDate.of(2021, 6, 7);

    @Inject
    Outbox outbox;

    @Inject
    CycleCloser closer;

    @Inject
    CheckInTick tick;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    SealingService sealing;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theScheduleQueuesPromptsRemindersAndLeaderPromptsByCycleAndPersonAndClosingForgetsThem() {
        List<UUID> members = List.of(fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en"),
                fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en"), fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en"));
        UUID leader = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en");
        UUID set = fixtures.questionSet();
        UUID schedule = fixtures.weeklySchedule(fixtures.team(members, List.of(leader)), set, MONDAY);
        fixtures.update(schedule, s -> {
            s.leaderPromptEnabled = true;
            s.reminderAfterHours = 2;
        });
        tick.runCycles(Instant.parse("2021-06-07T07:00:00Z"));
        UUID cycle = fixtures.cycles(schedule).get(0).id;
        UUID question = fixtures.questionIds(set).get(0);
        clock.setInstant(Instant.parse("2021-06-07T08:00:00Z"));
        QuarkusTransaction.requiringNew().run(() -> sealing.seal(new Submission(cycle, members.get(0),
                List.of(new Submission.RawAnswer(question, "4", "answers[0].value")), null)));
        tick.runCycles(Instant.parse("2021-06-07T09:30:00Z"));
        assertEquals(List.of("leader_prompt 1", "prompt 3", "reminder 2"), Rows.list("""
                select kind || ' ' || count(*) from outbox_message where cycle_id = ?1 and person_id is not null
                group by kind order by kind""", cycle).stream().map(row -> (String) row[0]).toList());
        fixtures.execute("update outbox_message set status = 'sent' where cycle_id = ?1 and kind = 'prompt'", cycle);

        tick.runCycles(Instant.parse("2021-06-08T09:00:00Z"));

        assertEquals(0, Rows.count("select count(*) from outbox_message where cycle_id = ?1 or dedup_key like ?2",
                cycle, "%" + cycle + "%"));
        for (UUID person : List.of(members.get(0), members.get(1), members.get(2), leader)) {
            assertEquals(0, Rows.count("select count(*) from outbox_message o where o::text like ?1 or o::text like ?2",
                    "%" + person + "%", "%" + fixtures.platformUserId(person) + "%"));
        }
        assertEquals(0, Rows.receipts(cycle));
        assertEquals(List.of("leader_prompt slack cancelled 1 0", "prompt slack sent 3 0",
                "reminder slack cancelled 2 0"), counts(cycle));
    }

    @Test
    void closingLeavesNoOutboxDedupOrDeliveryRowNamingAPerson() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 3);
        UUID cycle = checkin.cycleId();
        UUID sentPrompt = queue(MessageKind.PROMPT, checkin, checkin.member(0));
        UUID deadPrompt = queue(MessageKind.PROMPT, checkin, checkin.member(1));
        queue(MessageKind.PROMPT, checkin, checkin.member(2));
        UUID sentReminder = queue(MessageKind.REMINDER, checkin, checkin.member(1));
        queue(MessageKind.REMINDER, checkin, checkin.member(2));
        markDelivered(sentPrompt, "sent", 1);
        markDelivered(deadPrompt, "dead", 2);
        markDelivered(sentReminder, "sent", 1);
        slackSubmit(checkin, checkin.member(0).platformUserId(), Map.of(checkin.scale(), "4"), null);
        markAcknowledgementsSent(cycle);

        close(cycle);

        assertNoTrail(checkin);
        assertEquals(List.of("prompt slack cancelled 1 0", "prompt slack dead 1 2", "prompt slack sent 1 1",
                "reminder slack cancelled 1 0", "reminder slack sent 1 1", "acknowledgement slack sent 1 1"),
                counts(cycle));
    }

    @Test
    void anAcknowledgementStillBeingDeliveredGoesOnceItIsSent() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        UUID cycle = checkin.cycleId();
        slackSubmit(checkin, checkin.member(0).platformUserId(), Map.of(checkin.scale(), "4"), null);

        close(cycle);

        assertEquals(1, Rows.count("select count(*) from outbox_message where cycle_id = ?1 and status = 'pending'"
                + " and kind = 'acknowledgement'", cycle), "the thank-you is still delivered");
        markAcknowledgementsSent(cycle);
        while (InboundTestAccess.purge().cyclesMixed() > 0
                && Rows.count("select count(*) from outbox_message where cycle_id = ?1", cycle) > 0) {
            // The janitor works through unfinished closed cycles oldest first; other tests leave some behind.
        }
        assertNoTrail(checkin);
        assertEquals(List.of("acknowledgement slack sent 1 1"), counts(cycle));
    }

    private void close(UUID cycleId) {
        QuarkusTransaction.requiringNew().run(() -> Cycle.getEntityManager()
                .createNativeQuery("update cycle set closes_at = :past where id = :cycle")
                .setParameter("past", LONG_AGO).setParameter("cycle", cycleId).executeUpdate());
        closer.closeDue(LONG_AGO.plusSeconds(1));
    }

    private static void assertNoTrail(Checkin checkin) {
        UUID cycle = checkin.cycleId();
        assertEquals(0, Rows.count("select count(*) from outbox_message where cycle_id = ?1", cycle));
        assertEquals(0, Rows.receipts(cycle));
        assertEquals(0, Rows.count("select count(*) from cycle_invitation where cycle_id = ?1", cycle));
        for (Member member : checkin.members()) {
            assertEquals(0, Rows.count("select count(*) from outbox_message o where o::text like ?1"
                    + " or o::text like ?2", "%" + member.id() + "%", "%" + member.platformUserId() + "%"),
                    "an outbox row or dedup key names a member");
            assertEquals(0, Rows.count("""
                    select count(*) from delivery_attempt a join outbox_message o on o.id = a.message_id
                    where o.person_id = ?1""", member.id()));
        }
        assertEquals(0, Rows.count("select count(*) from outbox_message where dedup_key like ?1",
                "%" + cycle + "%"));
    }

    private UUID queue(String kind, Checkin checkin, Member member) {
        var payload = JsonNodeFactory.instance.objectNode().put("channel", member.platformUserId()).put("text", "Hi");
        String dedupKey = kind + ":" + checkin.cycleId() + ":" + member.id();
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(new OutboundMessage(kind, PlatformId.SLACK,
                Destination.slackApi("T1"), payload, null, dedupKey).forPerson(checkin.cycleId(), member.id())))
                .orElseThrow();
    }

    private static void markDelivered(UUID messageId, String status, int attempts) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Cycle.getEntityManager();
            em.createNativeQuery("update outbox_message set status = :status, attempts = :attempts where id = :id")
                    .setParameter("status", status).setParameter("attempts", attempts).setParameter("id", messageId)
                    .executeUpdate();
            for (int i = 0; i < attempts; i++) {
                em.createNativeQuery("""
                        insert into delivery_attempt (id, message_id, attempted_at, http_status, outcome, duration_ms)
                        values (:id, :message, :at, 200, :outcome, 5)""").setParameter("id", UUID.randomUUID())
                        .setParameter("message", messageId).setParameter("at", Instant.now())
                        .setParameter("outcome", status).executeUpdate();
            }
        });
    }

    private static void markAcknowledgementsSent(UUID cycleId) {
        List<Object[]> acks = Rows.list("select id from outbox_message where cycle_id = ?1 and kind = 'acknowledgement'",
                cycleId);
        assertEquals(1, acks.size(), "the thank-you is queued for the cycle and the person");
        markDelivered((UUID) acks.get(0)[0], "sent", 1);
    }

    private static List<String> counts(UUID cycleId) {
        return Rows.list("""
                select kind || ' ' || channel || ' ' || status || ' ' || messages || ' ' || attempts
                from delivery_count where cycle_id = ?1
                order by kind = 'acknowledgement', kind, status""", cycleId).stream().map(row -> (String) row[0])
                .toList();
    }
}
