package io.pulsecheck.insights;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.pulsecheck.schedule.Cycle;

/**
 * The aggregation SQL of the leaders' check: released leaders' cycles (one per cohort and date, see
 * {@code schedule.LeaderAudience}) and their sufficient statistics, which {@link CycleStatistics} writes for them as
 * for every cycle. Counts and sums only, never an answer.
 */
@ApplicationScoped
public class LeaderCheckQueries {

    @Inject
    EntityManager em;

    /**
     * A released leaders' cycle: the round it belongs to (schedule, node and date), its cohort, the k frozen on it,
     * how many leaders it asked and how many answered.
     */
    public record CohortRow(UUID scheduleId, UUID nodeId, String nodeName, LocalDate cycleDate, UUID cycleId,
            UUID cohortId, String cohortName, int k, long invited, long respondents) {
    }

    /** Count, sum and sum of squares of one dimension's per-response scores in one leaders' cycle. */
    public record DimensionSums(UUID cycleId, String dimension, long n, double sum, double sumSq) {
    }

    /** The released leaders' cycles with a date in the range, of one schedule or of all. */
    public List<CohortRow> releasedCohorts(LocalDate from, LocalDate to, UUID scheduleId) {
        Query query = em.createNativeQuery("""
                select c.schedule_id, s.team_id, node.name, c.cycle_date, c.id, c.team_id, cohort.name,
                       c.k_threshold, coalesce(c.invited_count, 0), coalesce(st.respondents, 0)
                from cycle c
                join schedule s on s.id = c.schedule_id
                left join team node on node.id = s.team_id
                join team cohort on cohort.id = c.team_id
                left join cycle_statistics st on st.cycle_id = c.id
                where c.audience = 'leaders' and c.cycle_date between :from and :to and %s %s
                order by c.cycle_date desc, c.schedule_id, lower(cohort.name), cohort.id
                """.formatted(Cycle.releasedSql("c"), scheduleId == null ? "" : "and c.schedule_id = :schedule"),
                Tuple.class).setParameter("from", from).setParameter("to", to);
        if (scheduleId != null) {
            query.setParameter("schedule", scheduleId);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(r -> new CohortRow(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, String.class),
                toDate(r.get(3)), r.get(4, UUID.class), r.get(5, UUID.class), r.get(6, String.class),
                ((Number) r.get(7)).intValue(), ((Number) r.get(8)).longValue(), ((Number) r.get(9)).longValue()))
                .toList();
    }

    /** The numeric dimensions' statistics of the given (released) cycles. */
    public List<DimensionSums> dimensions(Collection<UUID> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select d.cycle_id, d.dimension, d.n, d.score_sum, d.score_sum_sq
                from cycle_dimension_statistics d join cycle c on c.id = d.cycle_id
                where d.cycle_id in (:cycles) and c.audience = 'leaders' and %s
                order by d.dimension
                """.formatted(Cycle.releasedSql("c")), Tuple.class).setParameter("cycles", cycleIds).getResultList();
        return rows.stream().map(r -> new DimensionSums(r.get(0, UUID.class), r.get(1, String.class),
                ((Number) r.get(2)).longValue(), ((Number) r.get(3)).doubleValue(), ((Number) r.get(4)).doubleValue()))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
