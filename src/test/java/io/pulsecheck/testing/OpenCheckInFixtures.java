package io.pulsecheck.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.questions.QuestionSetVersion;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.schedule.Cadence;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.Schedule;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An open check-in for inbound conversation tests, written through the entities in one call: a team with members on
 * one platform, a question set with one question of each kind, a paused schedule and an open cycle asking all of them.
 * Every name is unique per call.
 */
public final class OpenCheckInFixtures {

    private OpenCheckInFixtures() {
    }

    /** A member of the team as the chat platform knows them. */
    public record Member(UUID id, String platformUserId, String displayName) {
    }

    /**
     * An open check-in.
     *
     * @param questions in the cycle's order: scale 0..5, yes/no, single choice (a, b, c), free text
     */
    public record Checkin(UUID teamId, UUID cycleId, LocalDate cycleDate, List<UUID> questions,
            List<Member> members) {

        public Member member(int index) {
            return members.get(index);
        }

        public UUID scale() {
            return questions.get(0);
        }

        public UUID yesNo() {
            return questions.get(1);
        }

        public UUID choice() {
            return questions.get(2);
        }

        public UUID freeText() {
            return questions.get(3);
        }
    }

    public static Checkin openCheckin(String platform, int memberCount) {
        return openCheckin(platform, memberCount, LocalDate.of(2026, 11, 23));
    }

    /** An open check-in of the given date. */
    public static Checkin openCheckin(String platform, int memberCount, LocalDate cycleDate) {
        return QuarkusTransaction.requiringNew().call(() -> create(platform, memberCount, cycleDate));
    }

    /** Closes the cycle as the schedule feature does at its end. */
    public static void close(UUID cycleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Cycle cycle = Cycle.findById(cycleId);
            cycle.status = Cycle.Status.closed;
        });
    }

    private static Checkin create(String platform, int memberCount, LocalDate cycleDate) {
        // Letters only: a run of digits in a display name would be scrubbed from comments as a phone number.
        String tag = UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Team team = new Team();
        team.name = "team-" + tag;
        team.createdAt = now;
        List<Member> members = new ArrayList<>();
        String[] names = { "Anna Schmidt", "Bernd Keller", "Clara Wolf", "Dieter Brandt", "Eva Lorenz" };
        for (int i = 0; i < memberCount; i++) {
            Person person = new Person();
            person.displayName = names[i % names.length] + " " + tag;
            person.email = "m" + i + "-" + tag + "@example.com";
            person.platform = PlatformId.fromWireName(platform);
            person.platformUserId = "u" + i + tag;
            person.createdAt = now;
            person.persist();
            team.members.add(person);
            members.add(new Member(person.id, person.platformUserId, person.displayName));
        }
        Person leader = new Person();
        leader.displayName = "Leonie Vogt";
        leader.email = "lead-" + tag + "@example.com";
        leader.createdAt = now;
        leader.persist();
        team.leaders.add(leader);
        team.persist();

        QuestionSet set = new QuestionSet();
        set.name = "set-" + tag;
        set.currentVersion = 1;
        set.createdAt = now;
        set.persist();
        QuestionSetVersion version = new QuestionSetVersion();
        version.set = set;
        version.number = 1;
        version.name = set.name;
        version.defaultLocale = "en";
        version.used = true;
        version.createdAt = now;
        version.questions.add(question(version, 0, "mood", QuestionType.SCALE_0_5, "wellbeing",
                "How cheerful did you feel?", null));
        version.questions.add(question(version, 1, "informed", QuestionType.YES_NO, "transparency",
                "Do you know what is going on?", null));
        version.questions.add(question(version, 2, "load", QuestionType.SINGLE_CHOICE, "workload",
                "How is your workload?", List.of(
                        new Question.Choice("a", Map.of("en", "Too low", "de", "Zu wenig")),
                        new Question.Choice("b", Map.of("en", "Right", "de", "Passend")),
                        new Question.Choice("c", Map.of("en", "Too high", "de", "Zu viel")))));
        version.questions.add(question(version, 3, "wish", QuestionType.FREE_TEXT, "recognition",
                "What would help you?", null));
        version.persist();

        Schedule schedule = new Schedule();
        schedule.team = team;
        schedule.questionSet = set;
        schedule.rotationSize = 4;
        schedule.cadence = Cadence.weekly;
        schedule.weekday = java.time.DayOfWeek.MONDAY;
        // The cycle below is made by hand; a paused schedule keeps other tests' ticks from opening more.
        schedule.paused = true;
        schedule.localTime = LocalTime.of(9, 0);
        schedule.timeZone = "Europe/Berlin";
        schedule.cycleLengthDays = 3;
        schedule.channel = PlatformId.fromWireName(platform.equals("webhook") ? "webhook" : platform);
        schedule.startsOn = LocalDate.of(2026, 1, 1);
        schedule.createdAt = now;
        schedule.persist();

        Cycle cycle = new Cycle();
        cycle.schedule = schedule;
        cycle.team = team;
        cycle.questionSetVersion = version;
        cycle.cycleDate = cycleDate;
        cycle.closesAt = now.plus(3, ChronoUnit.DAYS);
        cycle.invitedCount = memberCount;
        cycle.kThreshold = ReleasedCycles.effectiveK(team);
        cycle.commentThreshold = ReleasedCycles.effectiveCommentThreshold(team);
        cycle.persist();
        cycle.flush();

        List<UUID> questions = new ArrayList<>();
        for (Question question : version.questions) {
            Cycle.getEntityManager().createNativeQuery(
                    "insert into cycle_question (cycle_id, question_id, position) values (:c, :q, :p)")
                    .setParameter("c", cycle.id).setParameter("q", question.id).setParameter("p", question.position)
                    .executeUpdate();
            questions.add(question.id);
        }
        // Invited as the opener would: only the members of the team when the cycle opened may answer it.
        for (Member member : members) {
            Cycle.getEntityManager().createNativeQuery(
                    "insert into cycle_invitation (cycle_id, person_id, send_at) values (:c, :p, :at)")
                    .setParameter("c", cycle.id).setParameter("p", member.id()).setParameter("at", now)
                    .executeUpdate();
        }
        return new Checkin(team.id, cycle.id, cycle.cycleDate, questions, members);
    }

    private static Question question(QuestionSetVersion version, int position, String key, QuestionType type,
            String dimension, String text, List<Question.Choice> choices) {
        Question question = new Question();
        question.setVersion = version;
        question.position = position;
        question.key = key;
        question.type = type;
        question.dimension = dimension;
        question.text = Map.of("en", text, "de", text + " (de)");
        question.choices = choices;
        return question;
    }
}
