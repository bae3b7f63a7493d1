package io.pulsecheck.schedule;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.pulsecheck.dashboard.DashboardLinks;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.digest.PreBriefs;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.WebLink;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionSetVersion;
import io.pulsecheck.teams.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Opens the cycles that are due: a cycle of a date opens when its first member prompt (minus the leader lead time)
 * has come. The unique key per schedule and date makes opening idempotent, so replicas racing on the same schedule
 * open it once; only the instance whose insert won invites the members (those something reaches, see
 * {@link ChatPlatforms#route}; the rest are neither invited nor counted), records how many it invited, fires
 * {@link CycleOpened} (the question set version is frozen, the leaders' actions still to announce are claimed) and
 * queues the leader prompts, all in that transaction.
 * The insert also freezes the team's anonymity thresholds on the cycle.
 * <p>
 * A leaders' schedule ({@link Audience#leaders}) opens, per date, one cycle per cohort of {@link LeaderAudience}, all
 * in one transaction, each marked as a leaders' cycle with the organisation's thresholds frozen on it (never a
 * team's lower override), and queues no leader prompts: it has no team to brief anyone about.
 */
@ApplicationScoped
public class CycleOpener {

    private static final Logger LOG = Logger.getLogger(CycleOpener.class);
    /** Dates looked at behind today: a cycle whose date has passed can still open while it has not closed. */
    private static final int LOOK_BACK_DAYS = 2;

    @Inject
    EntityManager em;

    @Inject
    ScheduleCalendar calendar;

    @Inject
    CycleConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ChatPlatforms platforms;

    @Inject
    DashboardLinks dashboardLinks;

    @Inject
    Event<CycleOpened> cycleOpened;

    @Inject
    PreBriefs preBriefs;

    @Inject
    LeaderAudience leaderAudience;

    /** Returns how many cycles this call opened. */
    public int openDue(Instant now) {
        List<UUID> schedules = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select s.id from Schedule s left join s.team t where s.paused = false"
                        + " and (t.id is null or t.archived = false)", UUID.class)
                .getResultList());
        int opened = 0;
        for (UUID scheduleId : schedules) {
            try {
                opened += QuarkusTransaction.requiringNew().call(() -> openDueFor(scheduleId, now));
            } catch (RuntimeException e) {
                // One broken schedule must not stop the others; the type is enough, messages may quote data.
                LOG.errorf("Opening cycles of schedule %s failed (%s)", scheduleId, e.getClass().getName());
            }
        }
        return opened;
    }

    private int openDueFor(UUID scheduleId, Instant now) {
        Schedule schedule = Schedule.findById(scheduleId);
        ScheduleRules rules = ScheduleRules.of(schedule);
        ZoneId scheduleZone = rules.timeZone();
        Duration lead = config.leaderPromptLead();
        LocalDate today = now.atZone(scheduleZone).toLocalDate();
        List<LocalDate> dates = calendar.cycleDates(rules, today.minusDays(LOOK_BACK_DAYS),
                today.plusDays(lead.toDays() + 2));
        // Cheap check first: most ticks find every date's cycle open already and need not load the team.
        dates = new ArrayList<>(dates);
        dates.removeAll(existingCycleDates(scheduleId, dates));
        if (dates.isEmpty()) {
            return 0;
        }
        Map<UUID, List<Person>> cohorts = schedule.audience == Audience.leaders
                ? leaderAudience.cohorts(schedule.team == null ? null : schedule.team.id)
                : Map.of(schedule.team.id, new ArrayList<>(schedule.team.members));
        List<Person> members = new ArrayList<>();
        cohorts.values().forEach(members::addAll);
        int opened = 0;
        for (LocalDate date : dates) {
            Instant earliest = null;
            Instant latest = null;
            for (Person member : members) {
                Instant send = calendar.sendInstant(rules, date, member.zoneOr(scheduleZone));
                earliest = earliest == null || send.isBefore(earliest) ? send : earliest;
                latest = latest == null || send.isAfter(latest) ? send : latest;
            }
            if (earliest == null) {
                earliest = calendar.sendInstant(rules, date, scheduleZone);
                latest = earliest;
            }
            Instant closesAt = latest.plus(Duration.ofDays(schedule.cycleLengthDays));
            if (earliest.minus(lead).isAfter(now) || !closesAt.isAfter(now)) {
                continue;
            }
            opened += openDate(schedule, rules, date, earliest, closesAt, cohorts, now);
        }
        return opened;
    }

    private List<LocalDate> existingCycleDates(UUID scheduleId, List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.cycleDate from Cycle c where c.schedule.id = :schedule and c.cycleDate in :dates",
                LocalDate.class).setParameter("schedule", scheduleId).setParameter("dates", dates).getResultList();
    }

    /** A member invited to the cycle, with when their prompt is due. */
    private record Invitation(UUID personId, OffsetDateTime sendAt) {
    }

    /**
     * Opens the date's cycle, or a leaders' schedule's cycle per cohort; returns how many. Cohorts open in the order of
     * their ids, so a replica that lost the race for the first one stops there and the winner opens them all.
     */
    private int openDate(Schedule schedule, ScheduleRules rules, LocalDate date, Instant firstPrompt,
            Instant closesAt, Map<UUID, List<Person>> cohorts, Instant now) {
        if (schedule.audience != Audience.leaders) {
            return open(schedule, rules, date, firstPrompt, closesAt, schedule.team.id, cohorts.get(schedule.team.id),
                    now) ? 1 : 0;
        }
        int opened = 0;
        for (Map.Entry<UUID, List<Person>> cohort : cohorts.entrySet()) {
            if (!open(schedule, rules, date, firstPrompt, closesAt, cohort.getKey(), cohort.getValue(), now)) {
                return opened;
            }
            opened++;
        }
        return opened;
    }

    private boolean open(Schedule schedule, ScheduleRules rules, LocalDate date, Instant firstPrompt,
            Instant closesAt, UUID teamId, List<Person> members, Instant now) {
        boolean leaders = schedule.audience == Audience.leaders;
        QuestionSetVersion version = schedule.questionSet.current();
        UUID cycleId = UUID.randomUUID();
        List<Invitation> invitations = new ArrayList<>(members.size());
        for (Person member : members) {
            // Only people something reaches are invited: participation counts them and nobody else.
            if (member.canBeAsked() && platforms.route(member).reachable()) {
                invitations.add(new Invitation(member.id,
                        calendar.sendInstant(rules, date, member.zoneOr(rules.timeZone())).atOffset(ZoneOffset.UTC)));
            }
        }
        int invited = invitations.size();
        // The thresholds in force now are frozen on the cycle: a change while it runs applies from the next one.
        // Leaders are reported under the organisation's thresholds, never under a cohort team's lower override.
        int inserted = em.createNativeQuery("""
                insert into cycle (id, schedule_id, team_id, question_set_version_id, cycle_date, closes_at, status,
                                   invited_count, k_threshold, comment_threshold, audience)
                select :id, :schedule, t.id, :version, :date, :closesAt, 'open', :invited,
                       case when :leaders then o.k_threshold else coalesce(t.k_threshold, o.k_threshold) end,
                       case when :leaders then o.comment_threshold
                            else coalesce(t.comment_threshold, o.comment_threshold) end,
                       case when :leaders then 'leaders' else 'members' end
                from team t join org_settings o on o.id = 1
                where t.id = :team
                on conflict (schedule_id, team_id, cycle_date) do nothing
                """).setParameter("id", cycleId).setParameter("schedule", schedule.id)
                .setParameter("team", teamId).setParameter("version", version.id)
                .setParameter("date", date).setParameter("closesAt", closesAt).setParameter("invited", invited)
                .setParameter("leaders", leaders).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        // Dates, not cycles: a leaders' schedule opens several cycles per date.
        long previous = ((Number) em.createNativeQuery(
                "select count(distinct cycle_date) from cycle where schedule_id = :schedule and cycle_date < :date")
                .setParameter("schedule", schedule.id).setParameter("date", date).getSingleResult()).longValue();
        List<Question> questions = QuestionRotation.pick(version.questions, schedule.rotationSize, previous,
                version.set.validated);
        for (int position = 0; position < questions.size(); position++) {
            em.createNativeQuery("insert into cycle_question (cycle_id, question_id, position) values (:c, :q, :p)")
                    .setParameter("c", cycleId).setParameter("q", questions.get(position).id)
                    .setParameter("p", position).executeUpdate();
        }
        // One JDBC batch: a team of thousands is invited in one round trip instead of one per member.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into cycle_invitation (cycle_id, person_id, send_at) values (?, ?, ?)")) {
                for (Invitation invitation : invitations) {
                    insert.setObject(1, cycleId);
                    insert.setObject(2, invitation.personId());
                    insert.setObject(3, invitation.sendAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        cycleOpened.fire(new CycleOpened(cycleId, schedule.id, teamId, version.id, date, invited, leaders));
        if (schedule.leaderPromptEnabled && !leaders) {
            queueLeaderPrompts(schedule, cycleId, date, questions, firstPrompt, now);
        }
        LOG.infof("Opened cycle %s of schedule %s for %s: %d invited, %d questions", cycleId, schedule.id, date,
                invited, questions.size());
        return true;
    }

    private void queueLeaderPrompts(Schedule schedule, UUID cycleId, LocalDate date, List<Question> questions,
            Instant firstPrompt, Instant now) {
        Instant due = firstPrompt.minus(config.leaderPromptLead());
        for (Person leader : schedule.team.leaders) {
            if (!leader.canBeAsked()) {
                continue;
            }
            ChatRecipient.of(leader)
                    .flatMap(recipient -> platforms.leaderPrompt(
                            new LeaderPromptContent(cycleId, date, schedule.team.name, recipient, questions,
                                    new WebLink(ChatPlatforms.messages(recipient.locale()).openDashboard(),
                                            dashboardLinks.forLeader(leader.id, schedule.team.id)),
                                    preBriefs.forCycle(schedule.team.id, cycleId, recipient.locale()))))
                    .ifPresent(message -> outbox.enqueue(new OutboundMessage(message.kind(), message.channel(),
                            message.destination(), message.payload(), due.isAfter(now) ? due : now,
                            message.dedupKey()).forPerson(cycleId, leader.id)));
        }
    }
}
