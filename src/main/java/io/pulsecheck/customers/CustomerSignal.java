package io.pulsecheck.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a team's customer metric for one ISO week: an aggregate (value and the sample it was computed from),
 * never a customer's or an employee's record. A correction adds the next version and marks this one superseded.
 */
@Entity
@Table(name = "customer_signal")
public class CustomerSignal extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID teamId;

    /** Monday of the ISO week. */
    public LocalDate weekStart;

    public String metric;

    public int version;

    public BigDecimal value;

    public long sampleSize;

    public String unit;

    public String direction;

    public Instant recordedAt;

    /** When a correction replaced this value; null for the current version. */
    public Instant supersededAt;

    /** The current versions of the team's signals whose week starts in the range, oldest week first. */
    public static List<CustomerSignal> current(UUID teamId, LocalDate fromWeek, LocalDate toWeek) {
        return list("teamId = ?1 and weekStart between ?2 and ?3 and supersededAt is null order by weekStart, metric",
                teamId, fromWeek, toWeek);
    }

    /** Every version of the team's signals in the range, corrections included, oldest week and version first. */
    public static List<CustomerSignal> history(UUID teamId, LocalDate fromWeek, LocalDate toWeek) {
        return list("teamId = ?1 and weekStart between ?2 and ?3 order by weekStart, metric, version", teamId,
                fromWeek, toWeek);
    }

    /** The current versions of several teams' signals in the range; each team's in {@link #current}'s order. */
    public static List<CustomerSignal> currentOfTeams(Collection<UUID> teamIds, LocalDate fromWeek,
            LocalDate toWeek) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return list("teamId in ?1 and weekStart between ?2 and ?3 and supersededAt is null"
                + " order by teamId, weekStart, metric", teamIds, fromWeek, toWeek);
    }

    /** The current versions of the team for the given weeks (an import's weeks). */
    public static List<CustomerSignal> currentForWeeks(UUID teamId, Collection<LocalDate> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        return list("teamId = ?1 and weekStart in ?2 and supersededAt is null", teamId, weeks);
    }

    /** Any current row of the metric for the team: its unit and direction bind later rows of the same metric. */
    public static Optional<CustomerSignal> definitionOf(UUID teamId, String metric) {
        return find("teamId = ?1 and metric = ?2 and supersededAt is null", teamId, metric).firstResultOptional();
    }
}
