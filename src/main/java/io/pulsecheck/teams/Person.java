package io.pulsecheck.teams;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.pulsecheck.platform.PlatformId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone who is asked (a member) or reads results (a leader). Identity data lives only here; erasure blanks it and
 * leaves anonymous history untouched.
 */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    public enum Status {
        active, paused, opted_out, erased
    }

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String displayName;
    public String email;
    /** The identity provider's immutable subject (a token's {@code sub} or object id); leaders are matched by it. */
    public String subject;
    /** The chat platform that reaches this person, or null; stored as its wire name. */
    public PlatformId platform;
    public String platformUserId;
    public String locale = "en";
    public String timeZone = "UTC";

    @Enumerated(EnumType.STRING)
    public Status status = Status.active;

    public LocalDate pausedUntil;
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<Person> findByChatIdentity(PlatformId platform, String platformUserId) {
        return find("platform = ?1 and platformUserId = ?2", platform, platformUserId).firstResultOptional();
    }

    public static Optional<Person> findBySubject(String subject) {
        return find("subject = ?1", subject).firstResultOptional();
    }

    public static Optional<Person> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** The person's time zone; UTC when none is set or it is not a valid zone id. */
    public ZoneId zone() {
        return zoneOr(ZoneOffset.UTC);
    }

    /** The person's time zone, or {@code fallback} when none is set or it is not a valid zone id. */
    public ZoneId zoneOr(ZoneId fallback) {
        if (timeZone == null || timeZone.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /** Whether this person may be invited to check-ins at all (they have not opted out and are not erased). */
    public boolean canBeAsked() {
        return status != Status.opted_out && status != Status.erased;
    }

    /** Pauses check-in prompts until the end of the given local date. */
    public void pauseUntil(LocalDate until) {
        status = Status.paused;
        pausedUntil = until;
    }

    /** Stops every check-in prompt until the person resumes. */
    public void optOut() {
        status = Status.opted_out;
        pausedUntil = null;
    }

    /** Takes part again after a pause or an opt-out. */
    public void resume() {
        status = Status.active;
        pausedUntil = null;
    }

    /** Switches the language of prompts and replies (a supported locale tag). */
    public void switchLocale(String tag) {
        locale = tag;
    }

    /** Whether this person may be sent check-in prompts on the given local date. */
    public boolean isReachableOn(LocalDate date) {
        return switch (status) {
            case active -> true;
            case paused -> pausedUntil != null && date.isAfter(pausedUntil);
            case opted_out, erased -> false;
        };
    }
}
