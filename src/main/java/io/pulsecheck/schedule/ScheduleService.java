package io.pulsecheck.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;

/** Team schedules and their previews. */
@ApplicationScoped
public class ScheduleService {

    static final int MAX_PREVIEW_DAYS = 366;
    static final int DEFAULT_PREVIEW_DAYS = 56;

    @Inject
    Clock clock;

    @Inject
    ScheduleCalendar calendar;

    @Inject
    HolidayRegions holidays;

    @Inject
    AuditLog audit;

    @Inject
    ChatPlatforms platforms;

    @Inject
    LeaderAudience leaderAudience;

    @Transactional
    public ScheduleView create(ScheduleRequest request) {
        Schedule schedule = new Schedule();
        schedule.createdAt = clock.instant();
        apply(schedule, request);
        schedule.persist();
        audit.changed(AuditAction.SCHEDULE_CREATED, schedule.id, null, snapshot(schedule));
        return view(schedule);
    }

    @Transactional
    public ScheduleView update(UUID id, ScheduleRequest request) {
        Schedule schedule = find(id);
        if (request.version() == null) {
            throw ApiException.invalid("version", "is required when changing a schedule");
        }
        if (request.version() != schedule.version) {
            throw ApiException.conflict("The schedule was changed since version " + request.version()
                    + "; read it again and retry");
        }
        Map<String, Object> before = snapshot(schedule);
        apply(schedule, request);
        Schedule.getEntityManager().flush();
        audit.changed(AuditAction.SCHEDULE_UPDATED, schedule.id, before, snapshot(schedule));
        return view(schedule);
    }

    @Transactional
    public ScheduleView setPaused(UUID id, boolean paused) {
        Schedule schedule = find(id);
        Map<String, Object> before = snapshot(schedule);
        schedule.paused = paused;
        Schedule.getEntityManager().flush();
        audit.changed(paused ? AuditAction.SCHEDULE_PAUSED : AuditAction.SCHEDULE_RESUMED, schedule.id, before,
                snapshot(schedule));
        return view(schedule);
    }

    public ScheduleView get(UUID id) {
        return view(find(id));
    }

    /** Schedules of one team, of the given teams, or (both null) of all teams; oldest first. */
    public Page<ScheduleView> list(int page, int size, UUID teamId, List<UUID> teamIds) {
        String where = teamId != null ? "s.team.id = ?1" : teamIds != null ? "s.team.id in ?1" : "1 = 1";
        Object[] parameters = teamId != null ? new Object[] { teamId }
                : teamIds != null ? new Object[] { teamIds } : new Object[0];
        // Every item names its team, so the teams are loaded with the page rather than one query per schedule.
        // A leaders' check of the whole organisation has no team: left join.
        List<Schedule> items = Schedule.<Schedule>find("select s from Schedule s left join fetch s.team where "
                + where + " order by s.createdAt, s.id", parameters).page(page, size).list();
        long total = Schedule.count("select count(s) from Schedule s where " + where, parameters);
        return new Page<>(items.stream().map(this::view).toList(), page, size, total);
    }

    /** The schedules of the teams the person leads (archived teams included), oldest first. */
    public Page<ScheduleView> listForLeader(int page, int size, UUID personId) {
        List<UUID> led = Team.ledBy(personId).stream().map(t -> t.id).toList();
        return led.isEmpty() ? new Page<>(List.of(), page, size, 0) : list(page, size, null, led);
    }

    /** The team a schedule belongs to; empty for an unknown schedule. */
    public Optional<UUID> teamOf(UUID scheduleId) {
        // A leaders' check of the whole organisation belongs to no team: only HR reads it.
        return Schedule.<Schedule>findByIdOptional(scheduleId).map(schedule -> schedule.team)
                .map(team -> team.id);
    }

    public SchedulePreview preview(UUID id, LocalDate from, LocalDate to) {
        Schedule schedule = find(id);
        ScheduleRules rules = ScheduleRules.of(schedule);
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(rules.timeZone()));
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_PREVIEW_DAYS);
        if (end.isBefore(start)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_PREVIEW_DAYS) {
            throw ApiException.invalid("to", "must be at most " + MAX_PREVIEW_DAYS + " days after from");
        }
        Map<String, Long> membersByZone = membersByZone(schedule);
        List<SchedulePreview.Cycle> cycles = new ArrayList<>();
        for (ScheduleCalendar.PlannedCycle planned : calendar.plannedCycles(rules, start, end)) {
            List<SchedulePreview.Send> sends = new ArrayList<>();
            membersByZone.forEach((zone, members) -> {
                ZoneId zoneId = ZoneId.of(zone);
                var instant = calendar.sendInstant(rules, planned.date(), zoneId);
                sends.add(new SchedulePreview.Send(zone, members, instant.atZone(zoneId).toLocalDateTime(), instant));
            });
            cycles.add(new SchedulePreview.Cycle(planned.date(), planned.dueDate(), reasons(rules, planned), sends));
        }
        return new SchedulePreview(schedule.id, schedule.timeZone, start, end, schedule.paused, cycles);
    }

    /** What the audit log keeps of a schedule. */
    private static Map<String, Object> snapshot(Schedule schedule) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("teamId", schedule.team == null ? null : schedule.team.id);
        snapshot.put("audience", schedule.audience);
        snapshot.put("questionSetId", schedule.questionSet.id);
        snapshot.put("rotationSize", schedule.rotationSize);
        snapshot.put("cadence", schedule.cadence);
        snapshot.put("cron", schedule.cron);
        snapshot.put("weekday", schedule.weekday);
        snapshot.put("localTime", schedule.localTime);
        snapshot.put("timeZone", schedule.timeZone);
        snapshot.put("skipWeekends", schedule.skipWeekends);
        snapshot.put("holidayRegion", schedule.holidayRegion);
        snapshot.put("reminderAfterHours", schedule.reminderAfterHours);
        snapshot.put("cycleLengthDays", schedule.cycleLengthDays);
        snapshot.put("channel", schedule.channel);
        snapshot.put("leaderPromptEnabled", schedule.leaderPromptEnabled);
        snapshot.put("paused", schedule.paused);
        snapshot.put("startsOn", schedule.startsOn);
        return snapshot;
    }

    static Schedule find(UUID id) {
        Schedule schedule = Schedule.findById(id);
        if (schedule == null) {
            throw ApiException.notFound("Schedule", id);
        }
        return schedule;
    }

    private List<String> reasons(ScheduleRules rules, ScheduleCalendar.PlannedCycle planned) {
        List<String> reasons = new ArrayList<>();
        for (LocalDate day = planned.dueDate(); day.isBefore(planned.date()); day = day.plusDays(1)) {
            String reason = rules.holidayRegion() == null ? null
                    : holidays.holidayName(rules.holidayRegion(), day).orElse(null);
            if (reason == null) {
                reason = "weekend";
            }
            reasons.add(day + " " + reason);
        }
        return reasons;
    }

    /** Active members (or the leaders asked) per time zone, plus the schedule's own zone so it always shows. */
    private Map<String, Long> membersByZone(Schedule schedule) {
        Map<String, Long> zones = new TreeMap<>();
        zones.put(schedule.timeZone, 0L);
        if (schedule.audience == Audience.leaders) {
            for (Person leader : leaderAudience.everyone(schedule.team == null ? null : schedule.team.id)) {
                zones.merge(leader.timeZone, 1L, Long::sum);
            }
            return zones;
        }
        Team.getEntityManager().createQuery(
                "select p.timeZone, count(p) from Team t join t.members p where t.id = :team and p.status <> :erased"
                        + " group by p.timeZone", Tuple.class)
                .setParameter("team", schedule.team.id)
                .setParameter("erased", Person.Status.erased)
                .getResultList()
                .forEach(row -> zones.put(row.get(0, String.class), row.get(1, Long.class)));
        return zones;
    }

    private void apply(Schedule schedule, ScheduleRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Audience audience = request.audience() == null ? Audience.members : request.audience();
        Team team = request.teamId() == null ? null : Team.findById(request.teamId());
        if (request.teamId() == null && audience == Audience.members) {
            errors.add(new FieldError("teamId", "is required when the audience is members"));
        } else if (request.teamId() != null && (team == null || team.archived)) {
            errors.add(new FieldError("teamId", "no such team"));
        } else if (audience == Audience.leaders && leaderAudience.cohorts(request.teamId()).isEmpty()) {
            errors.add(new FieldError("audience", request.teamId() == null ? "has nobody to ask: no team has a leader"
                    : "has nobody to ask: no team under teamId has a leader"));
        }
        if (audience == Audience.leaders && Boolean.TRUE.equals(request.leaderPromptEnabled())) {
            errors.add(new FieldError("leaderPromptEnabled",
                    "must be false for audience leaders: a leaders' check has no team to brief them about"));
        }
        QuestionSet set = QuestionSet.findById(request.questionSetId());
        if (set == null) {
            errors.add(new FieldError("questionSetId", "no such question set"));
        } else if (set.archived) {
            errors.add(new FieldError("questionSetId", "is archived"));
        } else if (request.rotationSize() > set.current().questions.size()) {
            errors.add(new FieldError("rotationSize", "must not exceed the set's " + set.current().questions.size()
                    + " questions"));
        } else if (set.validated && request.rotationSize() < set.current().questions.size()) {
            // A part of a validated scale is no longer that scale; asking it whole is the only honest score.
            errors.add(new FieldError("rotationSize", "must be " + set.current().questions.size() + ": " + set.name
                    + " is a validated scale, asked whole or not at all"));
        }
        // A rotation one prompt cannot hold would never reach that platform's members whole.
        platforms.tightestPromptCapacity().filter(c -> request.rotationSize() > c.maxQuestions())
                .ifPresent(c -> errors.add(new FieldError("rotationSize", "must be at most " + c.maxQuestions()
                        + ", the most questions one prompt can hold (" + c.limit() + ")")));
        if (request.cadence() == Cadence.cron) {
            if (!ScheduleCalendar.isValidCron(request.cron())) {
                errors.add(new FieldError("cron", "must be a Quartz cron expression such as 0 0 9 ? * MON"));
            }
        } else {
            if (request.cron() != null && !request.cron().isBlank()) {
                errors.add(new FieldError("cron", "is only allowed with cadence cron"));
            }
            if (request.weekday() == null) {
                errors.add(new FieldError("weekday", "is required for a " + request.cadence() + " cadence"));
            }
        }
        if (request.holidayRegion() != null && !holidays.isKnown(request.holidayRegion())) {
            errors.add(new FieldError("holidayRegion", "is not a known holiday region"));
        }
        if (request.reminderAfterHours() != null && request.reminderAfterHours() >= request.cycleLengthDays() * 24) {
            errors.add(new FieldError("reminderAfterHours", "must be less than the cycle length"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        schedule.team = team;
        schedule.audience = audience;
        schedule.questionSet = set;
        schedule.rotationSize = request.rotationSize();
        schedule.cadence = request.cadence();
        schedule.cron = request.cadence() == Cadence.cron ? request.cron().trim() : null;
        schedule.weekday = request.cadence() == Cadence.cron ? null : request.weekday();
        schedule.localTime = request.localTime();
        schedule.timeZone = request.timeZone();
        schedule.skipWeekends = request.skipWeekends() == null || request.skipWeekends();
        schedule.holidayRegion = request.holidayRegion() == null ? null : request.holidayRegion().toUpperCase();
        schedule.reminderAfterHours = request.reminderAfterHours();
        schedule.cycleLengthDays = request.cycleLengthDays();
        schedule.channel = request.channel();
        schedule.leaderPromptEnabled = audience == Audience.members
                && (request.leaderPromptEnabled() == null || request.leaderPromptEnabled());
        schedule.startsOn = request.startsOn() != null ? request.startsOn()
                : LocalDate.now(clock.withZone(ZoneId.of(request.timeZone())));
    }

    private ScheduleView view(Schedule schedule) {
        ScheduleRules rules = ScheduleRules.of(schedule);
        LocalDate today = LocalDate.now(clock.withZone(rules.timeZone()));
        LocalDate next = schedule.paused ? null : calendar.nextCycleDate(rules, today).orElse(null);
        return new ScheduleView(schedule.id, schedule.team == null ? null : schedule.team.id,
                schedule.team == null ? null : schedule.team.name, schedule.audience, schedule.questionSet.id,
                schedule.rotationSize,
                schedule.cadence, schedule.cron, schedule.weekday, schedule.localTime, schedule.timeZone,
                schedule.skipWeekends, schedule.holidayRegion, schedule.reminderAfterHours, schedule.cycleLengthDays,
                schedule.channel, schedule.leaderPromptEnabled, schedule.paused, schedule.startsOn, next,
                schedule.version, schedule.createdAt);
    }
}
