package io.pulsecheck.schedule;

import java.time.Instant;
import java.time.LocalDate;
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

import io.pulsecheck.questions.QuestionSetVersion;
import io.pulsecheck.teams.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One check-in of a team: opened once per schedule and date, closed after the schedule's cycle length. */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {

    public enum Status {
        open, closed
    }

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    public Schedule schedule;

    /** The team asked; for a leaders' cycle the cohort its leaders are reported in (never in that team's report). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    public Audience audience = Audience.members;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_set_version_id")
    public QuestionSetVersion questionSetVersion;

    /** The only time that anonymous answers carry. */
    public LocalDate cycleDate;

    public Instant closesAt;

    /** How many members the cycle invited when it opened; participation is measured against it. */
    public Integer invitedCount;

    /** The team's effective k when the cycle opened; its report keeps it whatever changes later. */
    public int kThreshold;

    /** The team's effective comment threshold when the cycle opened. */
    public int commentThreshold;

    @Enumerated(EnumType.STRING)
    public Status status = Status.open;

    public boolean isOpenAt(Instant now) {
        return status == Status.open && now.isBefore(closesAt);
    }

    /**
     * The release rule, as an SQL condition on the cycle table under {@code alias}: a cycle's answers may appear in a
     * report exactly when it is closed and its sealed rows were mixed ({@code closed_cycle_mixed}). Until then a
     * report shows at most coarse participation. Every report query uses this one condition.
     */
    public static String releasedSql(String alias) {
        return "(" + alias + ".status = 'closed' and exists (select 1 from closed_cycle_mixed released_mark"
                + " where released_mark.cycle_id = " + alias + ".id))";
    }

    /**
     * As an SQL condition on the cycle table under {@code alias}: the cycle asked a team's members. Team and
     * organisation reports count only such cycles; a leaders' cycle (whose team is only the cohort its leaders are
     * reported in) is reported in the leaders' check alone, so no leader's answer reaches a team report.
     */
    public static String membersSql(String alias) {
        return "(" + alias + ".audience = 'members')";
    }

    /** Whether the cycle is released (see {@link #releasedSql}). */
    public static boolean isReleased(UUID cycleId) {
        Number found = (Number) getEntityManager()
                .createNativeQuery("select count(*) from cycle c where c.id = :id and " + releasedSql("c"))
                .setParameter("id", cycleId).getSingleResult();
        return found.longValue() > 0;
    }
}
