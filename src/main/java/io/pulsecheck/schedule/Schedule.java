package io.pulsecheck.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.teams.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When and how a team's members, or the leaders under a node of the organisation, are asked which questions. */
@Entity
@Table(name = "schedule")
public class Schedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    /**
     * The team whose members are asked; for a {@link Audience#leaders} schedule the node whose leaders are asked (null:
     * the whole organisation).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    public Audience audience = Audience.members;

    /** The lineage; each cycle uses the set's current version at the moment it opens. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_set_id")
    public QuestionSet questionSet;

    /** How many questions one pulse asks; the rotation walks through the set. */
    public int rotationSize;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    /** Quartz-style cron expression, only for {@link Cadence#cron}. */
    public String cron;

    @Enumerated(EnumType.STRING)
    public DayOfWeek weekday;

    /** Local send time in each member's own time zone. */
    public LocalTime localTime;

    /** Used for members without a time zone of their own, and to date the cycle. */
    public String timeZone;

    public boolean skipWeekends = true;

    /** Public-holiday region such as {@code DE-BY}; null means no holidays are skipped. */
    public String holidayRegion;

    /** Hours after the prompt before one reminder goes to non-responders; null means no reminder. */
    public Integer reminderAfterHours;

    public int cycleLengthDays;

    /**
     * The platform used to reach a member of this team who has no chat identity of their own. Validated and stored
     * only: members are reached on their own platform, and no platform can address someone without a user id yet.
     */
    public PlatformId channel;

    /** Whether leaders get a reassurance prompt before their team's check-in. */
    public boolean leaderPromptEnabled = true;

    public boolean paused;

    /** First date the schedule may open a cycle. */
    public LocalDate startsOn;

    public Instant createdAt;

    @Version
    public long version;
}
