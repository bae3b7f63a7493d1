package io.pulsecheck.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Teams and schedules written straight into the database of a packaged service, as HR would have set them up: the
 * service's own tick then opens the cycles and sends the prompts.
 */
final class FaultFixtures {

    private FaultFixtures() {
    }

    /**
     * A weekly schedule: team members on one chat platform, all in the schedule's time zone, three scale questions, no
     * leader prompt, no reminder.
     */
    record WeeklyTeam(String platform, String userPrefix, int members, DayOfWeek weekday, String localTime,
            String timeZone, LocalDate startsOn, int cycleLengthDays) {

        /** Due at midnight UTC today: the service's first tick opens it and sends every prompt. */
        static WeeklyTeam dueToday(String platform, String userPrefix, int members) {
            LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
            return new WeeklyTeam(platform, userPrefix, members, today.getDayOfWeek(), "00:00", "UTC", today, 2);
        }
    }

    /** Writes the team, its members and its schedule in one transaction. Returns the schedule id. */
    static UUID seed(Connection db, WeeklyTeam spec, Instant now) throws SQLException {
        UUID set = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID schedule = UUID.randomUUID();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            update(db, "insert into question_set (id, name, current_version, created_at) values (?, ?, 1, ?)", set,
                    "Fault pulse " + set, Timestamp.from(now));
            update(db, "insert into question_set_version (id, set_id, number, name, default_locale, created_at) "
                    + "values (?, ?, 1, 'Fault pulse', 'en', ?)", version, set, Timestamp.from(now));
            for (int i = 0; i < 3; i++) {
                update(db, "insert into question (id, set_version_id, position, key, type, dimension, text) "
                        + "values (?, ?, ?, ?, 'scale_0_5', 'wellbeing', cast(? as jsonb))", UUID.randomUUID(),
                        version, i, "q" + i, "{\"en\": \"Question " + i + "\"}");
            }
            update(db, "insert into team (id, name, created_at) values (?, ?, ?)", team, "Fault " + team,
                    Timestamp.from(now));
            try (PreparedStatement person = db.prepareStatement("insert into person (id, platform, platform_user_id, "
                    + "locale, time_zone, created_at) values (?, ?, ?, 'en', ?, ?)");
                    PreparedStatement member = db.prepareStatement(
                            "insert into team_member (team_id, person_id) values (?, ?)")) {
                for (int i = 0; i < spec.members(); i++) {
                    UUID id = UUID.randomUUID();
                    person.setObject(1, id);
                    person.setString(2, spec.platform());
                    person.setString(3, spec.userPrefix() + i);
                    person.setString(4, spec.timeZone());
                    person.setTimestamp(5, Timestamp.from(now));
                    person.addBatch();
                    member.setObject(1, team);
                    member.setObject(2, id);
                    member.addBatch();
                }
                person.executeBatch();
                member.executeBatch();
            }
            update(db, "insert into schedule (id, team_id, question_set_id, rotation_size, cadence, weekday, "
                    + "local_time, time_zone, skip_weekends, cycle_length_days, channel, leader_prompt_enabled, "
                    + "starts_on, created_at) values (?, ?, ?, 3, 'weekly', ?, cast(? as time), ?, false, ?, ?, "
                    + "false, ?, ?)", schedule, team, set, spec.weekday().name(), spec.localTime(), spec.timeZone(),
                    spec.cycleLengthDays(), spec.platform(), java.sql.Date.valueOf(spec.startsOn()),
                    Timestamp.from(now));
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return schedule;
    }

    static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
