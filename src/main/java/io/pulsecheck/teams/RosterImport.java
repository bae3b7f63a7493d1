package io.pulsecheck.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.api.ValidZoneId;
import io.pulsecheck.common.csv.Csv;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Locales;

/**
 * Imports a roster CSV all-or-nothing: every row is checked first, and any error answers 400 naming each bad line and
 * column while nothing is written. People are matched by chat identity, then by email; memberships are added, never
 * removed.
 */
@ApplicationScoped
public class RosterImport {

    static final List<String> COLUMNS = List.of("display_name", "email", "platform", "platform_user_id", "team",
            "locale", "time_zone", "subject");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOCALE = Pattern.compile(Locales.LOCALE);
    private static final int MAX_REPORTED_ERRORS = 200;
    private static final int CHUNK = 500;

    @Inject
    Clock clock;

    @Inject
    TeamsConfig config;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A checked row. */
    private record Entry(int line, String displayName, String email, String platform, String platformUserId,
            String team, String locale, String timeZone, String subject) {

        String identity() {
            return platform == null || platformUserId == null ? null : platform + ":" + platformUserId;
        }

        String emailKey() {
            return email == null ? null : email.toLowerCase(Locale.ROOT);
        }
    }

    @Transactional
    public RosterImportResult importCsv(String csv, boolean createTeams) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(csv == null ? "" : csv);
        } catch (Csv.MalformedCsvException e) {
            throw ApiException.invalid("line[" + e.line() + "]", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ApiException.invalid("body", "needs a header line: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = header(rows.get(0));
        List<Csv.Row> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            throw ApiException.invalid("body", "has no data rows");
        }
        if (data.size() > config.importMaxRows()) {
            throw ApiException.invalid("body", "has more than " + config.importMaxRows() + " rows; split the file");
        }

        List<FieldError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Csv.Row row : data) {
            Entry entry = check(row, columns, errors);
            if (entry != null) {
                entries.add(entry);
            }
        }
        Map<String, Team> teams = teams(entries);
        Map<String, Person> byIdentity = existingByIdentity(entries);
        Map<String, Person> byEmail = existingByEmail(entries);
        checkAgainstRoster(entries, teams, byIdentity, byEmail, createTeams, errors);
        checkSubjects(entries, byIdentity, byEmail, existingBySubject(entries), errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RosterImport::lineOf).thenComparing(FieldError::field));
            String detail = "The roster was not imported: " + errors.size() + " problem(s); nothing was changed";
            List<FieldError> reported = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS)
                    : errors;
            throw new ApiException(Problem.invalid(detail, List.copyOf(reported)));
        }
        return write(entries, teams, byIdentity, byEmail);
    }

    private static Map<String, Integer> header(Csv.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError("line[1]", "unknown column '" + name + "'; expected " + COLUMNS));
            } else if (columns.put(name, i) != null) {
                errors.add(new FieldError("line[1]", "column '" + name + "' appears twice"));
            }
        }
        for (String required : List.of("display_name", "team", "time_zone")) {
            if (!columns.containsKey(required)) {
                errors.add(new FieldError("line[1]", "missing column '" + required + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return columns;
    }

    private static Entry check(Csv.Row row, Map<String, Integer> columns, List<FieldError> errors) {
        String at = "line[" + row.line() + "]";
        if (row.fields().size() != columnCount(columns)) {
            errors.add(new FieldError(at, "has " + row.fields().size() + " fields, the header has "
                    + columnCount(columns)));
            return null;
        }
        int before = errors.size();
        String displayName = value(row, columns, "display_name");
        String email = value(row, columns, "email");
        String platform = value(row, columns, "platform");
        String userId = value(row, columns, "platform_user_id");
        String team = value(row, columns, "team");
        String locale = value(row, columns, "locale");
        String timeZone = value(row, columns, "time_zone");
        String subject = value(row, columns, "subject");
        if (displayName == null) {
            errors.add(new FieldError(at + ".display_name", "must not be blank"));
        } else if (displayName.length() > 200) {
            errors.add(new FieldError(at + ".display_name", "must be at most 200 characters"));
        }
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError(at + ".email", "must be an email address"));
        }
        if (platform != null) {
            try {
                platform = PlatformId.fromWireName(platform.toLowerCase(Locale.ROOT)).wireName();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + ".platform", "must be one of slack, mattermost, teams, google-chat, webhook, web"));
            }
            boolean validEmail = email != null && email.length() <= 320 && EMAIL.matcher(email).matches();
            if (userId == null && !(findsByEmail(platform) && validEmail)) {
                errors.add(new FieldError(at + ".platform_user_id", findsByEmail(platform)
                        ? "is required when a platform is given, unless an email is (" + platform + " finds the person by it)"
                        : "is required when a platform is given"));
            }
        } else if (userId != null) {
            errors.add(new FieldError(at + ".platform", "is required when a platform user id is given"));
        }
        if (userId != null && (userId.length() > 200 || userId.contains(" "))) {
            errors.add(new FieldError(at + ".platform_user_id", "must be at most 200 characters without spaces"));
        }
        if (email == null && userId == null) {
            errors.add(new FieldError(at, "needs an email or a chat identity to recognise the person"));
        }
        if (subject != null && (subject.length() > 255 || subject.contains(" "))) {
            errors.add(new FieldError(at + ".subject", "must be at most 255 characters without spaces"));
        }
        if (team == null) {
            errors.add(new FieldError(at + ".team", "must not be blank"));
        }
        if (locale == null) {
            locale = "en";
        } else if (!LOCALE.matcher(locale).matches()) {
            errors.add(new FieldError(at + ".locale", "must be a locale such as en or de-CH"));
        }
        if (timeZone == null || !ValidZoneId.Validator.isZone(timeZone)) {
            errors.add(new FieldError(at + ".time_zone", "must be a time zone such as Europe/Berlin"));
        }
        return errors.size() > before ? null
                : new Entry(row.line(), displayName, email, platform, userId, team, locale, timeZone, subject);
    }

    /** Whether the row's platform (a valid wire name or not) finds people by email. */
    private static boolean findsByEmail(String platform) {
        try {
            return PlatformId.fromWireName(platform).findsPeopleByEmail();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkAgainstRoster(List<Entry> entries, Map<String, Team> teams,
            Map<String, Person> byIdentity, Map<String, Person> byEmail, boolean createTeams,
            List<FieldError> errors) {
        Map<String, Entry> firstByEmail = new HashMap<>();
        Map<String, Entry> firstByIdentity = new HashMap<>();
        for (Entry entry : entries) {
            String at = "line[" + entry.line() + "]";
            if (!createTeams && !teams.containsKey(entry.team().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(at + ".team", "no team is called '" + entry.team() + "'"));
            }
            Person byId = entry.identity() == null ? null : byIdentity.get(entry.identity());
            Person byMail = entry.emailKey() == null ? null : byEmail.get(entry.emailKey());
            if (byId != null && byMail != null && !byId.id.equals(byMail.id)) {
                errors.add(new FieldError(at + ".email", "belongs to another person than this chat identity"));
            }
            if (byId == null && byMail != null && byMail.platformUserId != null && entry.identity() != null) {
                errors.add(new FieldError(at + ".email", "belongs to a person with another chat identity"));
            }
            if (entry.emailKey() != null) {
                Entry first = firstByEmail.putIfAbsent(entry.emailKey(), entry);
                if (first != null && !java.util.Objects.equals(first.identity(), entry.identity())) {
                    errors.add(new FieldError(at + ".email", "is used on line " + first.line()
                            + " with another chat identity"));
                }
            }
            if (entry.identity() != null) {
                Entry first = firstByIdentity.putIfAbsent(entry.identity(), entry);
                if (first != null && !java.util.Objects.equals(first.emailKey(), entry.emailKey())) {
                    errors.add(new FieldError(at + ".platform_user_id", "is used on line " + first.line()
                            + " with another email"));
                }
            }
        }
    }

    private RosterImportResult write(List<Entry> entries, Map<String, Team> teams, Map<String, Person> byIdentity,
            Map<String, Person> byEmail) {
        int teamsCreated = 0;
        for (Entry entry : entries) {
            String key = entry.team().toLowerCase(Locale.ROOT);
            if (!teams.containsKey(key)) {
                Team team = new Team();
                team.name = entry.team();
                team.createdAt = clock.instant();
                team.persist();
                teams.put(key, team);
                teamsCreated++;
            }
        }
        Map<Entry, Person> people = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        Map<Person, Boolean> seen = new HashMap<>();
        for (Entry entry : entries) {
            Person person = entry.identity() != null ? byIdentity.get(entry.identity()) : null;
            if (person == null && entry.emailKey() != null) {
                person = byEmail.get(entry.emailKey());
            }
            if (person == null) {
                person = new Person();
                person.createdAt = clock.instant();
                apply(person, entry);
                person.persist();
                created++;
                seen.put(person, true);
            } else {
                apply(person, entry);
                if (seen.putIfAbsent(person, false) == null) {
                    updated++;
                }
            }
            if (entry.identity() != null) {
                byIdentity.put(entry.identity(), person);
            }
            if (entry.emailKey() != null) {
                byEmail.put(entry.emailKey(), person);
            }
            people.put(entry, person);
        }
        em.flush();
        int memberships = addMemberships(people, teams);
        RosterImportResult result = new RosterImportResult(entries.size(), created, updated, memberships, teamsCreated);
        // The counts and the teams touched; who was imported stays on the roster, not in the audit log.
        audit.changed(AuditAction.ROSTER_IMPORTED, null, null, Map.of("result", result,
                "teamIds", teams.values().stream().map(team -> team.id).sorted().toList()));
        return result;
    }

    /** A person to add to a team. */
    private record Membership(UUID teamId, UUID personId) {
    }

    private int addMemberships(Map<Entry, Person> people, Map<String, Team> teams) {
        List<Membership> pairs = new ArrayList<>();
        for (Map.Entry<Entry, Person> row : people.entrySet()) {
            pairs.add(new Membership(teams.get(row.getKey().team().toLowerCase(Locale.ROOT)).id, row.getValue().id));
        }
        int added = 0;
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<Membership> chunk = pairs.subList(from, Math.min(from + CHUNK, pairs.size()));
            StringBuilder sql = new StringBuilder("insert into team_member (team_id, person_id) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", ?").append(2 * i + 2)
                        .append(')');
            }
            sql.append(" on conflict do nothing");
            var query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(2 * i + 1, chunk.get(i).teamId());
                query.setParameter(2 * i + 2, chunk.get(i).personId());
            }
            added += query.executeUpdate();
        }
        return added;
    }

    private static void apply(Person person, Entry entry) {
        person.displayName = entry.displayName();
        if (entry.email() != null) {
            person.email = entry.email();
        }
        if (entry.subject() != null) {
            person.subject = entry.subject();
        }
        if (entry.platform() != null) {
            person.platform = PlatformId.fromWireName(entry.platform());
            person.platformUserId = entry.platformUserId();
        }
        person.locale = entry.locale();
        person.timeZone = entry.timeZone();
    }

    private static Map<String, Team> teams(List<Entry> entries) {
        List<String> names = entries.stream().map(e -> e.team().toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, Team> teams = new HashMap<>();
        for (List<String> chunk : chunks(names)) {
            for (Team team : Team.<Team>list("lower(name) in ?1 and archived = false", chunk)) {
                teams.put(team.name.toLowerCase(Locale.ROOT), team);
            }
        }
        return teams;
    }

    private static Map<String, Person> existingByIdentity(List<Entry> entries) {
        List<String> userIds = entries.stream().filter(e -> e.platformUserId() != null).map(Entry::platformUserId)
                .distinct().toList();
        Map<String, Person> found = new HashMap<>();
        for (List<String> chunk : chunks(userIds)) {
            for (Person person : Person.<Person>list("platformUserId in ?1", chunk)) {
                found.put(person.platform + ":" + person.platformUserId, person);
            }
        }
        return found;
    }

    /** A subject names one person: the one the row matches, and the same one on every row that gives it. */
    private static void checkSubjects(List<Entry> entries, Map<String, Person> byIdentity,
            Map<String, Person> byEmail, Map<String, Person> bySubject, List<FieldError> errors) {
        Map<String, Entry> firstBySubject = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.subject() == null) {
                continue;
            }
            String at = "line[" + entry.line() + "].subject";
            Person matched = entry.identity() == null ? null : byIdentity.get(entry.identity());
            if (matched == null && entry.emailKey() != null) {
                matched = byEmail.get(entry.emailKey());
            }
            Person holder = bySubject.get(entry.subject());
            if (holder != null && (matched == null || !holder.id.equals(matched.id))) {
                errors.add(new FieldError(at, "belongs to another person"));
            }
            Entry first = firstBySubject.putIfAbsent(entry.subject(), entry);
            if (first != null && !(java.util.Objects.equals(first.identity(), entry.identity())
                    && java.util.Objects.equals(first.emailKey(), entry.emailKey()))) {
                errors.add(new FieldError(at, "is used on line " + first.line() + " for another person"));
            }
        }
    }

    private static Map<String, Person> existingBySubject(List<Entry> entries) {
        List<String> subjects = entries.stream().map(Entry::subject).filter(s -> s != null).distinct().toList();
        Map<String, Person> found = new HashMap<>();
        for (List<String> chunk : chunks(subjects)) {
            for (Person person : Person.<Person>list("subject in ?1", chunk)) {
                found.put(person.subject, person);
            }
        }
        return found;
    }

    private static Map<String, Person> existingByEmail(List<Entry> entries) {
        List<String> emails = entries.stream().map(Entry::emailKey).filter(e -> e != null).distinct().toList();
        Map<String, Person> found = new HashMap<>();
        for (List<String> chunk : chunks(emails)) {
            for (Person person : Person.<Person>list("lower(email) in ?1", chunk)) {
                found.put(person.email.toLowerCase(Locale.ROOT), person);
            }
        }
        return found;
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(from + CHUNK, values.size())));
        }
        return chunks;
    }

    private static String value(Csv.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.fields().get(index).trim();
        return value.isEmpty() ? null : value;
    }

    private static int columnCount(Map<String, Integer> columns) {
        return columns.size();
    }

    private static int lineOf(FieldError error) {
        String field = error.field();
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open < 0 || close < open ? 0 : Integer.parseInt(field.substring(open + 1, close));
    }
}
