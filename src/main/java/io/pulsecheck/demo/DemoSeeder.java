package io.pulsecheck.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.questions.QuestionSetVersion;
import io.pulsecheck.responses.Answer;
import io.pulsecheck.responses.AnswerValue;
import io.pulsecheck.responses.ClosedCycleMixer;
import io.pulsecheck.responses.FreeTextAnswer;
import io.pulsecheck.responses.Response;
import io.pulsecheck.responses.ResponseComment;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.schedule.Cadence;
import io.pulsecheck.schedule.ScheduleRequest;
import io.pulsecheck.schedule.ScheduleService;
import io.pulsecheck.schedule.ScheduleView;
import io.pulsecheck.teams.AddMemberRequest;
import io.pulsecheck.teams.PersonInput;
import io.pulsecheck.teams.PersonService;
import io.pulsecheck.teams.PersonView;
import io.pulsecheck.teams.Team;
import io.pulsecheck.teams.TeamRequest;
import io.pulsecheck.teams.TeamService;
import io.pulsecheck.teams.TeamView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Seeds the demo organisation once per database: a department with two teams, leaders, members on the generic
 * webhook, a weekly schedule per team with the built-in weekly pulse, six closed weekly cycles of anonymous answers
 * and one open cycle that some members have answered already. People, teams and schedules go through the same
 * services as the API; open-cycle answers through {@link SealingService}; closed cycles get the rows sealing writes
 * (random ids, the cycle's date only, no receipts) and are then mixed like every closed cycle.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    private static final String QUESTION_SET = "weekly-pulse";
    private static final LocalTime SEND_TIME = LocalTime.of(9, 0);
    private static final int CYCLE_LENGTH_DAYS = 6;
    private static final int REMINDER_AFTER_HOURS = 24;

    @Inject
    DemoConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PersonService people;

    @Inject
    TeamService teams;

    @Inject
    ScheduleService schedules;

    @Inject
    SealingService sealing;

    @Inject
    ClosedCycleMixer mixer;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    /** Seeds the demo data unless the database holds it already; true when this call seeded it. */
    public boolean seed() {
        // Three transactions, as in production no transaction writes identity-bearing rows (people, invitations,
        // receipts) next to readable anonymous ones (docs/ANONYMITY.md, unlinkable writes): the roster, schedules and
        // cycles; then the released history's anonymous rows; then the open cycles' invitations and answers.
        List<SeededTeam> seeded = QuarkusTransaction.requiringNew().call(this::seedRoster);
        if (seeded == null) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> seeded.forEach(this::releaseHistory));
        QuarkusTransaction.requiringNew().run(() -> seeded.forEach(this::answerOpenCycle));
        LOG.infof("Seeded demo data: department %s with %d teams; leaders %s; answer as %s (see README, A tour)",
                DemoTeams.DEPARTMENT, DemoTeams.TEAMS.size(),
                DemoTeams.TEAMS.stream().map(t -> t.leader().email()).toList(), DemoTeams.TOUR_MEMBER);
        return true;
    }

    /** A demo team as the roster transaction left it: its closed cycles to fill and today's cycle to answer. */
    private record SeededTeam(DemoTeam spec, UUID teamId, List<UUID> closedCycles, List<LocalDate> closedDates,
            UUID openCycle, List<UUID> members, Instant sendAt, UUID versionId, Random random) {
    }

    private List<SeededTeam> seedRoster() {
        // Serialises concurrent starts (two dev instances on one database) so only one seeds.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('pulsecheck-demo-seed'))").getSingleResult();
        if (Team.count("lower(name) = lower(?1) and archived = false", DemoTeams.DEPARTMENT) > 0) {
            LOG.debug("Demo data present already; nothing seeded");
            return null;
        }
        QuestionSet set = QuestionSet.<QuestionSet>find("builtinKey", QUESTION_SET).firstResult();
        TeamView department = teams.create(new TeamRequest(DemoTeams.DEPARTMENT, null, List.of(), null, null, null));
        long seed = 1;
        List<SeededTeam> seeded = new ArrayList<>();
        for (DemoTeam team : DemoTeams.TEAMS) {
            seeded.add(seedTeam(team, department.id(), set, new Random(seed++)));
        }
        return seeded;
    }

    private SeededTeam seedTeam(DemoTeam spec, UUID departmentId, QuestionSet set, Random random) {
        // The demo leader's subject is their email, the subject a dev token for them carries (README, A tour).
        PersonView leader = people.create(new PersonInput(spec.leader().displayName(), spec.leader().email(), null,
                null, "en", spec.timeZone(), null, spec.leader().email()));
        TeamView team = teams.create(new TeamRequest(spec.name(), departmentId, List.of(leader.id()), null, null,
                null));
        List<UUID> members = new ArrayList<>();
        for (DemoTeam.Member member : spec.members()) {
            members.add(teams.addMember(team.id(), new AddMemberRequest(null, new PersonInput(member.displayName(),
                    null, PlatformId.WEBHOOK, member.userId(), member.locale(), spec.timeZone(), null, null))).id());
        }
        ZoneId zone = ZoneId.of(spec.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int past = spec.pastCycles().size();
        LocalDate firstDate = today.minusWeeks(past);
        // Weekly on today's weekday, weekends included, so that today's cycle is the one the scheduler would open.
        DayOfWeek weekday = today.getDayOfWeek();
        ScheduleView schedule = schedules.create(new ScheduleRequest(team.id(), set.id, set.current().questions.size(),
                Cadence.weekly, null, weekday, SEND_TIME, spec.timeZone(), false, null, REMINDER_AFTER_HOURS,
                CYCLE_LENGTH_DAYS, PlatformId.WEBHOOK, true, firstDate, null));
        QuestionSetVersion version = set.current();
        version.used = true;
        // The cycles below are written with SQL, which must see the schedule.
        em.flush();
        List<UUID> closed = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < past; i++) {
            LocalDate date = firstDate.plusWeeks(i);
            closed.add(insertCycle(schedule.id(), team.id(), version.id, date, zone, "closed", members.size()));
            dates.add(date);
        }
        UUID open = insertCycle(schedule.id(), team.id(), version.id, today, zone, "open", members.size());
        return new SeededTeam(spec, team.id(), closed, dates, open, members,
                today.atTime(SEND_TIME).atZone(zone).toInstant(), version.id, random);
    }

    /** The closed cycles' anonymous rows, mixed as after a real close. */
    private void releaseHistory(SeededTeam seeded) {
        QuestionSetVersion version = QuestionSetVersion.findById(seeded.versionId());
        for (int i = 0; i < seeded.closedCycles().size(); i++) {
            UUID cycle = seeded.closedCycles().get(i);
            sealClosedCycle(cycle, seeded.teamId(), seeded.closedDates().get(i), version,
                    seeded.spec().pastCycles().get(i), seeded.random());
            mixer.mix(cycle);
        }
    }

    private void answerOpenCycle(SeededTeam open) {
        DemoTeam spec = open.spec();
        int answered = spec.openCycleComments().size();
        invite(open.openCycle(), open.members(), open.sendAt(), answered);
        DemoTeam.PastCycle latest = spec.pastCycles().get(spec.pastCycles().size() - 1);
        QuestionSetVersion version = QuestionSetVersion.findById(open.versionId());
        for (int i = 0; i < answered; i++) {
            List<Submission.RawAnswer> answers = new ArrayList<>();
            for (Question question : version.questions) {
                answers.add(new Submission.RawAnswer(question.id, DemoAnswers.answer(question, latest, i, answered,
                        open.random()), question.key));
            }
            sealing.seal(new Submission(open.openCycle(), open.members().get(i), answers,
                    spec.openCycleComments().get(i)));
        }
    }

    private UUID insertCycle(UUID scheduleId, UUID teamId, UUID versionId, LocalDate date, ZoneId zone, String status,
            int invited) {
        UUID id = UUID.randomUUID();
        Instant closesAt = date.atTime(SEND_TIME).atZone(zone).toInstant().plus(Duration.ofDays(CYCLE_LENGTH_DAYS));
        em.createNativeQuery("""
                insert into cycle (id, schedule_id, team_id, question_set_version_id, cycle_date, closes_at, status,
                                   invited_count, k_threshold, comment_threshold)
                select :id, :schedule, t.id, :version, :date, :closesAt, :status, :invited,
                       coalesce(t.k_threshold, o.k_threshold), coalesce(t.comment_threshold, o.comment_threshold)
                from team t join org_settings o on o.id = 1 where t.id = :team
                """).setParameter("id", id).setParameter("schedule", scheduleId).setParameter("team", teamId)
                .setParameter("version", versionId).setParameter("date", date).setParameter("closesAt", closesAt)
                .setParameter("status", status).setParameter("invited", invited).executeUpdate();
        em.createNativeQuery("""
                insert into cycle_question (cycle_id, question_id, position)
                select :cycle, q.id, q.position - 1 from question q where q.set_version_id = :version
                """).setParameter("cycle", id).setParameter("version", versionId).executeUpdate();
        return id;
    }

    /** Invites every member; the first {@code answered} were prompted already, since they answered. */
    private void invite(UUID cycleId, List<UUID> members, Instant sendAt, int answered) {
        for (int i = 0; i < members.size(); i++) {
            em.createNativeQuery("insert into cycle_invitation (cycle_id, person_id, send_at, prompted)"
                    + " values (:c, :p, :s, :prompted)").setParameter("c", cycleId).setParameter("p", members.get(i))
                    .setParameter("s", sendAt).setParameter("prompted", i < answered).executeUpdate();
        }
    }

    /** The rows sealing writes for each respondent, without the receipts that closing a cycle removes. */
    private static void sealClosedCycle(UUID cycleId, UUID teamId, LocalDate date, QuestionSetVersion version,
            DemoTeam.PastCycle spec, Random random) {
        for (int i = 0; i < spec.respondents(); i++) {
            Response response = new Response();
            response.id = UUID.randomUUID();
            response.cycleId = cycleId;
            response.teamId = teamId;
            response.cycleDate = date;
            response.questionSetVersionId = version.id;
            response.persist();
            for (Question question : version.questions) {
                AnswerValue value = AnswerValue.parse(question, DemoAnswers.answer(question, spec, i,
                        spec.respondents(), random))
                        .orElse(null);
                if (value == null) {
                    continue;
                }
                if (value.text() != null) {
                    FreeTextAnswer text = new FreeTextAnswer();
                    text.id = UUID.randomUUID();
                    text.cycleId = cycleId;
                    text.teamId = teamId;
                    text.cycleDate = date;
                    text.questionId = question.id;
                    text.body = value.text();
                    text.persist();
                    continue;
                }
                Answer answer = new Answer();
                answer.id = UUID.randomUUID();
                answer.responseId = response.id;
                answer.questionId = question.id;
                answer.dimension = question.dimension;
                answer.value = value.value();
                answer.choice = value.choice();
                answer.persist();
            }
        }
        for (String body : spec.comments()) {
            ResponseComment comment = new ResponseComment();
            comment.id = UUID.randomUUID();
            comment.cycleId = cycleId;
            comment.teamId = teamId;
            comment.cycleDate = date;
            comment.body = body;
            comment.persist();
        }
        Response.flush();
    }

}
