package io.pulsecheck.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.insights.CycleStatistics;

/**
 * Seeds teams, leaders, a scoring question set, cycles and anonymous responses directly in the database, as the
 * inbound side would have written them. Every name and email is unique so tests never depend on each other.
 */
@ApplicationScoped
public class InsightFixtures {

    /** WHO-5 (0..5), PSS-4 (1..5 storing 0..4, items 2 and 3 reversed), two transparency items (1..5), eNPS. */
    private static final Object[][] QUESTIONS = {
            { "who5_1", "scale_0_5", "wellbeing", false }, { "who5_2", "scale_0_5", "wellbeing", false },
            { "who5_3", "scale_0_5", "wellbeing", false }, { "who5_4", "scale_0_5", "wellbeing", false },
            { "who5_5", "scale_0_5", "wellbeing", false }, { "pss4_1", "scale_1_5", "stress", false },
            { "pss4_2", "scale_1_5", "stress", true }, { "pss4_3", "scale_1_5", "stress", true },
            { "pss4_4", "scale_1_5", "stress", false }, { "transp_1", "scale_1_5", "transparency", false },
            { "transp_2", "scale_1_5", "transparency", false }, { "enps", "scale_0_10", "enps", false } };

    @Inject
    EntityManager em;

    @Inject
    CycleStatistics statistics;

    /** A seeded team with its question set and schedule. */
    public record SeededTeam(UUID id, String name, UUID setVersionId, UUID scheduleId, Map<String, UUID> questions) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public SeededTeam team(String prefix, UUID parentId, Integer k) {
        UUID teamId = UUID.randomUUID();
        String name = unique(prefix);
        em.createNativeQuery("""
                insert into team (id, name, parent_id, k_threshold, comment_threshold, created_at)
                values (:id, :name, :parent, :k, 3, now())
                """).setParameter("id", teamId).setParameter("name", name).setParameter("parent", parentId)
                .setParameter("k", k).executeUpdate();
        UUID setId = UUID.randomUUID();
        UUID versionId = UUID.randomUUID();
        em.createNativeQuery("insert into question_set (id, name, current_version, created_at) values (:id, :name, 1, now())")
                .setParameter("id", setId).setParameter("name", name).executeUpdate();
        em.createNativeQuery("""
                insert into question_set_version (id, set_id, number, name, default_locale, used, created_at)
                values (:id, :set, 1, :name, 'en', true, now())
                """).setParameter("id", versionId).setParameter("set", setId).setParameter("name", name).executeUpdate();
        Map<String, UUID> questions = new HashMap<>();
        for (int i = 0; i < QUESTIONS.length; i++) {
            UUID questionId = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text)
                    values (:id, :version, :position, :key, :type, :dimension, :reverse, cast(:text as jsonb))
                    """).setParameter("id", questionId).setParameter("version", versionId).setParameter("position", i)
                    .setParameter("key", QUESTIONS[i][0]).setParameter("type", QUESTIONS[i][1])
                    .setParameter("dimension", QUESTIONS[i][2]).setParameter("reverse", QUESTIONS[i][3])
                    .setParameter("text", "{\"en\": \"" + QUESTIONS[i][0] + "\"}").executeUpdate();
            questions.put((String) QUESTIONS[i][0], questionId);
        }
        UUID scheduleId = UUID.randomUUID();
        em.createNativeQuery("""
                insert into schedule (id, team_id, question_set_id, rotation_size, cadence, weekday, local_time, time_zone,
                                      cycle_length_days, channel, starts_on, created_at)
                values (:id, :team, :set, 12, 'weekly', 'MONDAY', '09:00', 'Europe/Berlin', 5, 'slack', '2026-01-05', now())
                """).setParameter("id", scheduleId).setParameter("team", teamId).setParameter("set", setId)
                .executeUpdate();
        return new SeededTeam(teamId, name, versionId, scheduleId, questions);
    }

    /**
     * The same team asking version {@code number} of a built-in set (e.g. {@code who-5}, {@code weekly-pulse}): cycles
     * and responses made with the result use that version and its questions, by key.
     */
    @Transactional
    public SeededTeam asking(SeededTeam team, String builtinKey, int number) {
        UUID versionId = (UUID) em.createNativeQuery("""
                select v.id from question_set s join question_set_version v on v.set_id = s.id
                where s.builtin_key = :key and v.number = :number
                """).setParameter("key", builtinKey).setParameter("number", number).getSingleResult();
        return askingVersion(team, versionId);
    }

    /** The same team asking the current version of the question set {@code setId}. */
    @Transactional
    public SeededTeam askingCurrent(SeededTeam team, UUID setId) {
        UUID versionId = (UUID) em.createNativeQuery("""
                select v.id from question_set s join question_set_version v on v.set_id = s.id
                where s.id = :set and v.number = s.current_version
                """).setParameter("set", setId).getSingleResult();
        return askingVersion(team, versionId);
    }

    @SuppressWarnings("unchecked")
    private SeededTeam askingVersion(SeededTeam team, UUID versionId) {
        Map<String, UUID> questions = new HashMap<>();
        for (Object[] row : (java.util.List<Object[]>) em.createNativeQuery(
                "select key, id from question where set_version_id = :version").setParameter("version", versionId)
                .getResultList()) {
            questions.put((String) row[0], (UUID) row[1]);
        }
        return new SeededTeam(team.id(), team.name(), versionId, team.scheduleId(), questions);
    }

    /** A leader of the team, matched to bearer tokens by email. */
    @Transactional
    public String leader(UUID teamId, String platform, String platformUserId, String locale, String timeZone) {
        UUID personId = UUID.randomUUID();
        String email = unique("leader") + "@example.com";
        em.createNativeQuery("""
                insert into person (id, display_name, email, platform, platform_user_id, locale, time_zone, created_at)
                values (:id, 'Lea Leader', :email, :platform, :user, :locale, :zone, now())
                """).setParameter("id", personId).setParameter("email", email).setParameter("platform", platform)
                .setParameter("user", platformUserId).setParameter("locale", locale).setParameter("zone", timeZone)
                .executeUpdate();
        em.createNativeQuery("insert into team_leader (team_id, person_id) values (:team, :person)")
                .setParameter("team", teamId).setParameter("person", personId).executeUpdate();
        return email;
    }

    @Transactional
    public UUID personId(String email) {
        return (UUID) em.createNativeQuery("select id from person where email = :email").setParameter("email", email)
                .getSingleResult();
    }

    /**
     * A cycle with the team's thresholds of today frozen on it. A {@code closed} cycle stands for one closed and mixed
     * long ago, so it is released: the rows added to it afterwards are what the mixing would have left.
     */
    @Transactional
    public UUID cycle(SeededTeam team, LocalDate date, Integer invited, String status) {
        UUID cycleId = UUID.randomUUID();
        em.createNativeQuery("""
                insert into cycle (id, schedule_id, team_id, question_set_version_id, cycle_date, closes_at, status,
                                   invited_count, k_threshold, comment_threshold)
                select :id, :schedule, t.id, :version, :date, :closes, :status, :invited,
                       coalesce(t.k_threshold, o.k_threshold), coalesce(t.comment_threshold, o.comment_threshold)
                from team t join org_settings o on o.id = 1 where t.id = :team
                """).setParameter("id", cycleId).setParameter("schedule", team.scheduleId())
                .setParameter("team", team.id()).setParameter("version", team.setVersionId())
                .setParameter("date", date)
                .setParameter("closes", date.plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("status", status).setParameter("invited", invited).executeUpdate();
        if ("closed".equals(status)) {
            em.createNativeQuery("insert into closed_cycle_mixed (cycle_id) values (:id)").setParameter("id", cycleId)
                    .executeUpdate();
            statistics.write(cycleId);
        }
        return cycleId;
    }

    /** One anonymous submission: answers by question key. */
    @Transactional
    public void respond(SeededTeam team, UUID cycleId, Map<String, Integer> answers) {
        UUID responseId = UUID.randomUUID();
        LocalDate date = cycleDate(cycleId);
        em.createNativeQuery("""
                insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                values (:id, :cycle, :team, :date, :version)
                """).setParameter("id", responseId).setParameter("cycle", cycleId).setParameter("team", team.id())
                .setParameter("date", date).setParameter("version", team.setVersionId()).executeUpdate();
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            UUID questionId = team.questions().get(answer.getKey());
            em.createNativeQuery("""
                    insert into answer (id, response_id, question_id, dimension, value)
                    values (:id, :response, :question, (select dimension from question where id = :question), :value)
                    """).setParameter("id", UUID.randomUUID()).setParameter("response", responseId)
                    .setParameter("question", questionId).setParameter("value", answer.getValue()).executeUpdate();
        }
        refreshStatisticsIfReleased(cycleId);
    }

    /** One anonymous submission with any answers by question key: an Integer is a value, a String a choice. */
    @Transactional
    public void respondAny(SeededTeam team, UUID cycleId, Map<String, Object> answers) {
        UUID responseId = UUID.randomUUID();
        em.createNativeQuery("""
                insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                values (:id, :cycle, :team, :date, :version)
                """).setParameter("id", responseId).setParameter("cycle", cycleId).setParameter("team", team.id())
                .setParameter("date", cycleDate(cycleId)).setParameter("version", team.setVersionId()).executeUpdate();
        for (Map.Entry<String, Object> answer : answers.entrySet()) {
            boolean choice = answer.getValue() instanceof String;
            em.createNativeQuery("""
                    insert into answer (id, response_id, question_id, dimension, value, choice)
                    values (:id, :response, :question, (select dimension from question where id = :question),
                            cast(:value as integer), cast(:choice as text))
                    """).setParameter("id", UUID.randomUUID()).setParameter("response", responseId)
                    .setParameter("question", team.questions().get(answer.getKey()))
                    .setParameter("value", choice ? null : answer.getValue())
                    .setParameter("choice", choice ? answer.getValue() : null).executeUpdate();
        }
        refreshStatisticsIfReleased(cycleId);
    }

    /**
     * Fixtures add rows to cycles they created already closed and mixed; the statistics are then recomputed as the
     * mixing would have written them over the same rows.
     */
    private void refreshStatisticsIfReleased(UUID cycleId) {
        if (((Number) em.createNativeQuery("select count(*) from closed_cycle_mixed where cycle_id = :id")
                .setParameter("id", cycleId).getSingleResult()).longValue() > 0) {
            statistics.write(cycleId);
        }
    }

    /** The five WHO-5 items all answered with the same value. */
    public void respondWellbeing(SeededTeam team, UUID cycleId, int itemValue) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 5; i++) {
            answers.put("who5_" + i, itemValue);
        }
        respond(team, cycleId, answers);
    }

    @Transactional
    public void comment(SeededTeam team, UUID cycleId, String body) {
        em.createNativeQuery("""
                insert into response_comment (id, cycle_id, team_id, cycle_date, body)
                values (:id, :cycle, :team, :date, :body)
                """).setParameter("id", UUID.randomUUID()).setParameter("cycle", cycleId).setParameter("team", team.id())
                .setParameter("date", cycleDate(cycleId)).setParameter("body", body).executeUpdate();
        refreshStatisticsIfReleased(cycleId);
    }

    private LocalDate cycleDate(UUID cycleId) {
        Object value = em.createNativeQuery("select cycle_date from cycle where id = :id").setParameter("id", cycleId)
                .getSingleResult();
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }


    /** An outbox message as queued: kind, channel, destination and payload JSON. */
    public record QueuedMessage(String kind, String channel, String destination, String payload) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.Optional<QueuedMessage> queued(String dedupKey) {
        java.util.List<Object[]> rows = em.createNativeQuery("""
                select kind, channel, cast(destination as text), cast(payload as text)
                from outbox_message where dedup_key = :key
                """).setParameter("key", dedupKey).getResultList();
        return rows.stream().map(r -> new QueuedMessage((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .findFirst();
    }

    /** A team with two closed cycles of five respondents each (well-being 76 then 44), comments and a leader. */
    public SeededTeam teamWithHistory(String prefix) {
        SeededTeam team = team(prefix, null, 5);
        UUID first = cycle(team, LocalDate.parse("2026-03-02"), 6, "closed");
        UUID second = cycle(team, LocalDate.parse("2026-03-09"), 6, "closed");
        int[] firstValues = { 4, 4, 4, 4, 3 };
        int[] secondValues = { 2, 2, 2, 2, 3 };
        for (int i = 0; i < 5; i++) {
            respondWellbeing(team, first, firstValues[i]);
            respondWellbeing(team, second, secondValues[i]);
        }
        for (String body : new String[] { "Please tell us more about the reorg", "Deadlines feel tight",
                "Thanks for the support <@channel>" }) {
            comment(team, second, body);
        }
        return team;
    }

    @Transactional
    public long countQueued(String dedupKeyPattern) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where dedup_key like :pattern")
                .setParameter("pattern", dedupKeyPattern).getSingleResult()).longValue();
    }
}
