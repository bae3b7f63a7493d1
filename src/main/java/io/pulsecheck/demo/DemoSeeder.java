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

import io.pulsecheck.customers.CustomerSignalImport;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.questions.QuestionSetVersion;
import io.pulsecheck.responses.ClosedCycleMixer;
import io.pulsecheck.responses.ClosedCycleRows;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.schedule.Cadence;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.CycleSeeding;
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
 * webhook (and in Platform one on the web check-in and one by email only, whose links land in the dev inbox), a
 * weekly schedule per team with the built-in weekly pulse, closed weekly cycles of anonymous answers (six,
 * or a year for the customer-service team, whose customer signals are imported too) and one open cycle that some
 * members have answered already. People, teams and schedules go through the same
 * services as the API, cycles through {@link CycleSeeding}; open-cycle answers through {@link SealingService}; closed
 * cycles get the rows the release writes ({@link ClosedCycleRows}: random ids, the cycle's date only, no receipts)
 * and are then mixed like every closed cycle.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    private static final String QUESTION_SET = "weekly-pulse";
    private static final LocalTime SEND_TIME = LocalTime.of(9, 0);
    private static final int CYCLE_LENGTH_DAYS = 6;
    private static final int REMINDER_AFTER_HOURS = 24;
    private static final Duration CHAT_PROMPT_DELAY = Duration.ofMinutes(1);

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

    @Inject
    ClosedCycleRows closedCycleRows;

    @Inject
    CycleSeeding cycleSeeding;

    @Inject
    CustomerSignalImport customerSignals;

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
        // The customer-service team's weekly CSAT and complaints, imported as its ticket system would send them.
        QuarkusTransaction.requiringNew().run(() -> seeded.stream().filter(t -> t.spec() == DemoCustomerTeam.TEAM)
                .forEach(t -> customerSignals.importCsv(t.teamId(), DemoCustomerTeam.signalsCsv(t.closedDates()))));
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
                    member.email(), member.platform(), member.userId(), member.locale(), spec.timeZone(), null,
                    null))).id());
        }
        ZoneId zone = ZoneId.of(spec.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int past = spec.pastCycles().size();
        LocalDate firstDate = today.minusWeeks(past);
        // Weekly on today's weekday, weekends included, so that today's cycle is the one the scheduler would open.
        DayOfWeek weekday = today.getDayOfWeek();
        ScheduleView schedule = schedules.create(new ScheduleRequest(team.id(), set.id, set.current().questions.size(),
                Cadence.weekly, null, weekday, SEND_TIME, spec.timeZone(), false, null, REMINDER_AFTER_HOURS,
                CYCLE_LENGTH_DAYS, PlatformId.WEBHOOK, true, firstDate, null, null));
        QuestionSetVersion version = set.current();
        QuestionSetVersion.markUsed(version.id);
        // The cycles below are written with SQL, which must see the schedule.
        em.flush();
        List<UUID> closed = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < past; i++) {
            LocalDate date = firstDate.plusWeeks(i);
            closed.add(cycleSeeding.insertCycle(schedule.id(), team.id(), version.id, date, closesAt(date, zone),
                    Cycle.Status.closed, members.size()));
            dates.add(date);
        }
        UUID open = cycleSeeding.insertCycle(schedule.id(), team.id(), version.id, today, closesAt(today, zone),
                Cycle.Status.open, members.size());
        // Today's prompts are due at once when the demo starts before the send time, so a newcomer sees the check-in
        // mails in the dev inbox straight away.
        Instant sendTime = today.atTime(SEND_TIME).atZone(zone).toInstant();
        Instant now = clock.instant();
        return new SeededTeam(spec, team.id(), closed, dates, open, members, now.isBefore(sendTime) ? now : sendTime,
                version.id, random);
    }

    private static Instant closesAt(LocalDate date, ZoneId zone) {
        return date.atTime(SEND_TIME).atZone(zone).toInstant().plus(Duration.ofDays(CYCLE_LENGTH_DAYS));
    }

    /** The closed cycles' anonymous rows, mixed as after a real close. */
    private void releaseHistory(SeededTeam seeded) {
        QuestionSetVersion version = QuestionSetVersion.findById(seeded.versionId());
        for (int i = 0; i < seeded.closedCycles().size(); i++) {
            UUID cycle = seeded.closedCycles().get(i);
            DemoTeam.PastCycle past = seeded.spec().pastCycles().get(i);
            closedCycleRows.store(cycle, seeded.teamId(), seeded.closedDates().get(i), version,
                    answersOf(version, past, seeded.random()), past.comments());
            mixer.mix(cycle);
        }
    }

    private void answerOpenCycle(SeededTeam open) {
        DemoTeam spec = open.spec();
        int answered = spec.openCycleComments().size();
        List<UUID> others = new ArrayList<>();
        List<UUID> onStandIns = new ArrayList<>();
        for (int i = 0; i < open.members().size(); i++) {
            (spec.members().get(i).onStandIn() ? onStandIns : others).add(open.members().get(i));
        }
        // The first members answered already; none of them is on Google Chat or Teams (DemoTeams).
        cycleSeeding.inviteAll(open.openCycle(), others, open.sendAt(), answered);
        // The prompts of the Google Chat and Teams members are due a minute after the seed, not at 09:00, so the dev
        // stand-ins show their cards soon; the minute lets the stand-ins install the app in their chats first.
        cycleSeeding.inviteAll(open.openCycle(), onStandIns, clock.instant().plus(CHAT_PROMPT_DELAY), 0);
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

    /** The raw answers of each respondent of a past cycle, in the order of the version's questions. */
    private static List<List<String>> answersOf(QuestionSetVersion version, DemoTeam.PastCycle spec, Random random) {
        List<List<String>> respondents = new ArrayList<>();
        for (int i = 0; i < spec.respondents(); i++) {
            List<String> answers = new ArrayList<>();
            for (Question question : version.questions) {
                answers.add(DemoAnswers.answer(question, spec, i, spec.respondents(), random));
            }
            respondents.add(answers);
        }
        return respondents;
    }
}
