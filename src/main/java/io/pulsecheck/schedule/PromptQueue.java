package io.pulsecheck.schedule;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.Session;

import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.digest.LeaderActions;
import io.pulsecheck.platform.AnnouncedAction;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Route;
import io.pulsecheck.questions.Question;
import io.pulsecheck.teams.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Turns invitations whose send time has come into prompts, and prompted members who have not answered into one
 * reminder. Each batch is one transaction that locks its invitations with {@code SKIP LOCKED} and queues through the
 * outbox with a dedup key, so replicas never queue a prompt twice. Checks happen at queue time: nothing goes out for
 * a closed or paused schedule, or to a person who has opted out, paused or been erased since the cycle opened. A
 * prompt (not the reminder) also tells what the leaders did since the last check-in: the actions the cycle claimed
 * when it opened.
 */
@ApplicationScoped
public class PromptQueue {

    @Inject
    EntityManager em;

    @Inject
    CycleConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ChatPlatforms platforms;

    @Inject
    LeaderActions leaderActions;

    /** Returns how many prompts were queued. */
    public int queueDuePrompts(Instant now) {
        return drain(() -> promptBatch(now));
    }

    /** Returns how many reminders were queued. */
    public int queueDueReminders(Instant now) {
        return drain(() -> reminderBatch(now));
    }

    /** Runs batches, each in its own transaction, until one comes back short; returns the messages queued. */
    private int drain(Supplier<BatchResult> batch) {
        int queued = 0;
        while (true) {
            BatchResult result = QuarkusTransaction.requiringNew().call(batch::get);
            queued += result.queued();
            if (result.handled() < config.batchSize()) {
                return queued;
            }
        }
    }

    /** One batch: how many invitations it handled and how many messages it queued. */
    private record BatchResult(int handled, int queued) {
    }

    /** An invitation whose prompt or reminder is due. */
    private record Due(UUID cycleId, UUID personId) {
    }

    /** How a prompted invitation is marked: its reminder time (null for none). */
    private record InvitationMark(OffsetDateTime remindAt, UUID cycleId, UUID personId) {
    }

    private BatchResult promptBatch(Instant now) {
        List<Due> rows = due(em.createNativeQuery("""
                select ci.cycle_id, ci.person_id from cycle_invitation ci
                join cycle c on c.id = ci.cycle_id
                join schedule s on s.id = c.schedule_id
                where not ci.prompted and ci.send_at <= :now
                  and c.status = 'open' and c.closes_at > :now and not s.paused
                  and not exists (select 1 from receipt r where r.cycle_id = ci.cycle_id and r.person_id = ci.person_id)
                order by ci.send_at
                limit :limit
                for update of ci skip locked
                """, Tuple.class).setParameter("now", now).setParameter("limit", config.batchSize()).getResultList());
        Map<UUID, CycleFacts> cycles = new HashMap<>();
        Map<UUID, Person> people = people(rows);
        List<InvitationMark> marks = new ArrayList<>(rows.size());
        int queued = 0;
        for (Due row : rows) {
            UUID cycleId = row.cycleId();
            UUID personId = row.personId();
            CycleFacts cycle = cycles.computeIfAbsent(cycleId, this::load);
            Person person = people.get(personId);
            Instant remindAt = null;
            if (send(cycle, person, false, now)) {
                queued++;
                remindAt = reminderTime(cycle, person, now);
            }
            marks.add(new InvitationMark(remindAt == null ? null : remindAt.atOffset(ZoneOffset.UTC), cycleId, personId));
        }
        // One JDBC batch for the whole batch of invitations rather than a round trip per member.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement(
                    "update cycle_invitation set prompted = true, remind_at = ? where cycle_id = ? and person_id = ?")) {
                for (InvitationMark values : marks) {
                    mark.setObject(1, values.remindAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    mark.setObject(2, values.cycleId());
                    mark.setObject(3, values.personId());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
        });
        return new BatchResult(rows.size(), queued);
    }

    private static List<Due> due(List<Tuple> rows) {
        return rows.stream().map(row -> new Due(row.get(0, UUID.class), row.get(1, UUID.class))).toList();
    }

    private static Map<UUID, Person> people(List<Due> rows) {
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Due row : rows) {
            ids.add(row.personId());
        }
        Map<UUID, Person> people = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Person person : Person.<Person>list("id in ?1", ids)) {
                people.put(person.id, person);
            }
        }
        return people;
    }

    private BatchResult reminderBatch(Instant now) {
        List<Due> rows = due(em.createNativeQuery("""
                select ci.cycle_id, ci.person_id from cycle_invitation ci
                join cycle c on c.id = ci.cycle_id
                join schedule s on s.id = c.schedule_id
                where not ci.reminded and ci.remind_at <= :now
                  and c.status = 'open' and c.closes_at > :now and not s.paused
                  and not exists (select 1 from receipt r where r.cycle_id = ci.cycle_id and r.person_id = ci.person_id)
                order by ci.remind_at
                limit :limit
                for update of ci skip locked
                """, Tuple.class).setParameter("now", now).setParameter("limit", config.batchSize()).getResultList());
        Map<UUID, CycleFacts> cycles = new HashMap<>();
        Map<UUID, Person> people = people(rows);
        int queued = 0;
        UUID[] cycleIds = new UUID[rows.size()];
        UUID[] personIds = new UUID[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            cycleIds[i] = rows.get(i).cycleId();
            personIds[i] = rows.get(i).personId();
            if (send(cycles.computeIfAbsent(cycleIds[i], this::load), people.get(personIds[i]), true, now)) {
                queued++;
            }
        }
        // One statement for the whole batch rather than a round trip per member.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement("""
                    update cycle_invitation ci set reminded = true
                    from unnest(?, ?) as m(cycle_id, person_id)
                    where ci.cycle_id = m.cycle_id and ci.person_id = m.person_id""")) {
                mark.setArray(1, connection.createArrayOf("uuid", cycleIds));
                mark.setArray(2, connection.createArrayOf("uuid", personIds));
                mark.executeUpdate();
            }
        });
        return new BatchResult(rows.size(), queued);
    }

    private boolean send(CycleFacts cycle, Person person, boolean reminder, Instant now) {
        if (person == null || !person.canBeAsked()) {
            return false;
        }
        LocalDate localToday = now.atZone(person.zoneOr(cycle.zone())).toLocalDate();
        if (!person.isReachableOn(localToday)) {
            return false;
        }
        // The reminder only nudges; the actions were told in the prompt.
        List<AnnouncedAction> actions = reminder ? List.of() : cycle.leaderActions();
        // The route is chosen again at send time: a platform configured or an address added since the cycle opened
        // counts, and a person no longer reachable gets nothing.
        Route route = platforms.route(person);
        // A leaders' check-in is with the leaders, not with the team that only names their cohort.
        String with = cycle.leaders() && route.recipient() != null
                ? ChatPlatforms.messages(route.recipient().locale()).fellowLeaders() : cycle.teamName();
        Optional<OutboundMessage> message = platforms.prompt(route,
                new PromptContent(reminder, cycle.id(), cycle.date(), with, route.recipient(),
                        cycle.questions(), actions), cycle.closesAt())
                .map(rendered -> rendered.forPerson(cycle.id(), person.id));
        message.ifPresent(outbox::enqueue);
        return message.isPresent();
    }

    /** The prompt time plus the schedule's delay, out of the member's night; null when none or after closing. */
    private Instant reminderTime(CycleFacts cycle, Person person, Instant promptedAt) {
        if (cycle.reminderAfterHours() == null) {
            return null;
        }
        Instant due = QuietHours.outside(promptedAt.plusSeconds(3600L * cycle.reminderAfterHours()),
                person.zoneOr(cycle.zone()), config.quietHoursStart(), config.quietHoursEnd());
        return due.isBefore(cycle.closesAt()) ? due : null;
    }

    /** What every prompt of one cycle shares, loaded once per batch. */
    record CycleFacts(UUID id, LocalDate date, Instant closesAt, String teamName, ZoneId zone,
            Integer reminderAfterHours, List<Question> questions, List<AnnouncedAction> leaderActions,
            boolean leaders) {
    }

    private CycleFacts load(UUID cycleId) {
        Cycle cycle = Cycle.findById(cycleId);
        List<AnnouncedAction> actions = leaderActions.announcedIn(cycleId).stream()
                .map(action -> new AnnouncedAction(action.id, action.description, action.createdOn)).toList();
        return new CycleFacts(cycle.id, cycle.cycleDate, cycle.closesAt, cycle.team.name,
                ZoneId.of(cycle.schedule.timeZone), cycle.schedule.reminderAfterHours, CycleQuestion.questionsOf(cycleId),
                actions, cycle.audience == Audience.leaders);
    }
}
