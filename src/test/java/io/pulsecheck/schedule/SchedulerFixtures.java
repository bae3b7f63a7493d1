package io.pulsecheck.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.questions.QuestionSetVersion;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;

/**
 * Scheduler test data, written through the entities as an injectable bean: people, teams, a question set and a
 * weekly schedule that the scheduler's tick turns into cycles, plus queries on what the tick produced.
 */
@ApplicationScoped
public class SchedulerFixtures {

    private static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

    @Inject
    EntityManager em;

    /** A question set with a WHO-5 style scale, a 0-10 scale, a yes/no and a free-text question. */
    @Transactional
    public UUID questionSet() {
        QuestionSet set = new QuestionSet();
        set.name = "Pulse " + UUID.randomUUID();
        set.currentVersion = 1;
        set.createdAt = CREATED;
        set.persist();
        QuestionSetVersion version = new QuestionSetVersion();
        version.set = set;
        version.number = 1;
        version.name = set.name;
        version.defaultLocale = "en";
        version.createdAt = CREATED;
        version.questions.add(question(version, 0, "cheerful", QuestionType.SCALE_0_5, "wellbeing",
                Map.of("en", "I have felt cheerful and in good spirits", "de", "Ich war froh und guter Laune"),
                new Question.ScaleLabels(Map.of("en", "At no time", "de", "Zu keinem Zeitpunkt"),
                        Map.of("en", "All of the time", "de", "Die ganze Zeit"))));
        version.questions.add(question(version, 1, "enps", QuestionType.SCALE_0_10, "enps",
                Map.of("en", "Would you recommend us?", "de", "Würdest du uns empfehlen?"), null));
        version.questions.add(question(version, 2, "informed", QuestionType.YES_NO, "transparency",
                Map.of("en", "Do you feel informed?", "de", "Fühlst du dich informiert?"), null));
        version.questions.add(question(version, 3, "words", QuestionType.FREE_TEXT, "trust",
                Map.of("en", "What would help?", "de", "Was würde helfen?"), null));
        version.persist();
        return set.id;
    }

    private static Question question(QuestionSetVersion version, int position, String key, QuestionType type,
            String dimension, Map<String, String> text, Question.ScaleLabels labels) {
        Question question = new Question();
        question.setVersion = version;
        question.position = position;
        question.key = key;
        question.type = type;
        question.dimension = dimension;
        question.text = text;
        question.scaleLabels = labels;
        return question;
    }

    /** A person on a chat platform with a unique user id. */
    @Transactional
    public UUID person(PlatformId platform, String timeZone, String locale) {
        Person person = new Person();
        person.displayName = "Person " + UUID.randomUUID();
        person.platform = platform;
        person.platformUserId = "u" + UUID.randomUUID().toString().replace("-", "");
        person.timeZone = timeZone;
        person.locale = locale;
        person.createdAt = CREATED;
        person.persist();
        return person.id;
    }

    @Transactional
    public UUID team(List<UUID> members, List<UUID> leaders) {
        Team team = new Team();
        team.name = "Team " + UUID.randomUUID();
        team.createdAt = CREATED;
        for (UUID member : members) {
            team.members.add(Person.findById(member));
        }
        for (UUID leader : leaders) {
            team.leaders.add(Person.findById(leader));
        }
        team.persist();
        return team.id;
    }

    /** A weekly Monday 09:00 Europe/Berlin schedule without reminders or leader prompts; adjust with {@link #update}. */
    @Transactional
    public UUID weeklySchedule(UUID teamId, UUID questionSetId, LocalDate startsOn) {
        Schedule schedule = new Schedule();
        schedule.team = Team.findById(teamId);
        schedule.questionSet = QuestionSet.findById(questionSetId);
        schedule.rotationSize = 4;
        schedule.cadence = Cadence.weekly;
        schedule.weekday = DayOfWeek.MONDAY;
        schedule.localTime = LocalTime.of(9, 0);
        schedule.timeZone = "Europe/Berlin";
        schedule.skipWeekends = true;
        schedule.cycleLengthDays = 1;
        schedule.channel = PlatformId.SLACK;
        schedule.leaderPromptEnabled = false;
        schedule.startsOn = startsOn;
        schedule.createdAt = CREATED;
        schedule.persist();
        return schedule.id;
    }

    @Transactional
    public void update(UUID scheduleId, java.util.function.Consumer<Schedule> change) {
        change.accept(Schedule.findById(scheduleId));
    }

    @Transactional
    public void updatePerson(UUID personId, java.util.function.Consumer<Person> change) {
        change.accept(Person.findById(personId));
    }

    @Transactional
    public String email(UUID personId) {
        return Person.<Person>findById(personId).email;
    }

    @Transactional
    public String platformUserId(UUID personId) {
        return Person.<Person>findById(personId).platformUserId;
    }

    @Transactional
    public List<UUID> questionIds(UUID questionSetId) {
        List<UUID> ids = new ArrayList<>();
        for (Question question : QuestionSet.<QuestionSet>findById(questionSetId).current().questions) {
            ids.add(question.id);
        }
        return ids;
    }

    @Transactional
    public List<Cycle> cycles(UUID scheduleId) {
        List<Cycle> cycles = Cycle.list("schedule.id = ?1 order by cycleDate", scheduleId);
        cycles.forEach(em::detach);
        return cycles;
    }

    @Transactional
    public List<UUID> cycleQuestionIds(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select question_id from cycle_question where cycle_id = :c order by position")
                .setParameter("c", cycleId).getResultList();
        return ids;
    }

    @Transactional
    public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Transactional
    public void execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    @Transactional
    public UUID scheduleOfTeam(UUID teamId) {
        return Schedule.<Schedule>find("team.id", teamId).singleResult().id;
    }

    @Transactional
    public String teamName(UUID teamId) {
        return Team.<Team>findById(teamId).name;
    }
}
