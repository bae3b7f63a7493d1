package io.pulsecheck.insights;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.responses.CycleMixed;
import io.pulsecheck.schedule.Cycle;

/**
 * Writes the sufficient statistics of a mixed cycle ({@code cycle_statistics}, {@code cycle_dimension_statistics}):
 * respondents and comments (with the cycle's frozen k and how many it asked, so roll-ups need not read the cycle),
 * per numeric dimension the count, sum and sum of squares of the per-response scores, and per single-choice dimension
 * how many responses chose each option, each row with the instrument that produced it (the lineage of the cycle's
 * question set, {@link QuestionSet#instrument()}). Closed
 * cycles never change, so every report reads these rows instead of rescoring the cycle's answers; means and sample
 * standard deviations of any set of cycles follow from them exactly (see {@link InsightsQueries}).
 */
@ApplicationScoped
public class CycleStatistics {

    /** The instrument of the cycle {@code :cycle}: the lineage of the question set it asked. */
    private static final String INSTRUMENT = """
            instrument as (
                select %s as name
                from cycle c
                join question_set_version v on v.id = c.question_set_version_id
                join question_set s on s.id = v.set_id
                where c.id = :cycle
            )
            """.formatted(QuestionSet.instrumentSql("s"));

    @Inject
    EntityManager em;

    /** Runs inside the mixing transaction: the statistics exist exactly when the cycle is released. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onMixed(@Observes CycleMixed mixed) {
        write(mixed.cycleId());
    }

    /**
     * Computes the cycle's statistics from its rows, replacing any written before. Nothing is written for a cycle that
     * is not released, so the organisation report can take a statistics row's existence as the release rule.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(UUID cycleId) {
        em.createNativeQuery("delete from cycle_dimension_statistics where cycle_id = :cycle")
                .setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("delete from cycle_choice_statistics where cycle_id = :cycle")
                .setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("delete from cycle_statistics where cycle_id = :cycle")
                .setParameter("cycle", cycleId).executeUpdate();
        if (!Cycle.isReleased(cycleId)) {
            return;
        }
        em.createNativeQuery("""
                insert into cycle_statistics (cycle_id, team_id, cycle_date, respondents, comments, k_threshold,
                                              invited_count)
                select c.id, c.team_id, c.cycle_date,
                       (select count(*) from response r where r.cycle_id = c.id),
                       (select count(*) from response_comment rc where rc.cycle_id = c.id),
                       c.k_threshold, c.invited_count
                from cycle c where c.id = :cycle
                """).setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("with " + InsightsQueries.SCORED.formatted("r.cycle_id = :cycle") + ", " + INSTRUMENT + """
                insert into cycle_dimension_statistics (cycle_id, dimension, n, score_sum, score_sum_sq, instrument)
                select cycle_id, dimension, count(*), sum(score), sum(score * score), (select name from instrument)
                from scored group by cycle_id, dimension
                """).setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("with " + INSTRUMENT + """
                insert into cycle_choice_statistics (cycle_id, dimension, choice, n, instrument)
                select r.cycle_id, a.dimension, a.choice, count(distinct r.id), (select name from instrument)
                from response r
                join answer a on a.response_id = r.id
                join question q on q.id = a.question_id
                where r.cycle_id = :cycle and q.type = 'single_choice' and a.choice is not null
                group by r.cycle_id, a.dimension, a.choice
                """).setParameter("cycle", cycleId).executeUpdate();
    }
}
