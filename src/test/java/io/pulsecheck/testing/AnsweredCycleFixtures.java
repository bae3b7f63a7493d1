package io.pulsecheck.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.Schedule;

/**
 * For administration API tests on data created over HTTP: adds what running check-ins leave behind (a cycle of an
 * existing schedule, anonymous answers), which the administration API must respect but does not create itself.
 */
@ApplicationScoped
public class AnsweredCycleFixtures {

    private final EntityManager em;

    public AnsweredCycleFixtures(EntityManager em) {
        this.em = em;
    }

    /** Opens a cycle of the schedule on the current version of its question set, as delivery does. */
    @Transactional
    public UUID openCycle(UUID scheduleId, LocalDate date) {
        Schedule schedule = Schedule.findById(scheduleId);
        QuestionSet set = schedule.questionSet;
        Cycle cycle = new Cycle();
        cycle.schedule = schedule;
        cycle.team = schedule.team;
        cycle.questionSetVersion = set.current();
        cycle.cycleDate = date;
        cycle.closesAt = Instant.parse("2099-01-01T00:00:00Z");
        cycle.kThreshold = ReleasedCycles.effectiveK(schedule.team);
        cycle.commentThreshold = ReleasedCycles.effectiveCommentThreshold(schedule.team);
        cycle.persist();
        return cycle.id;
    }

    /** Stores one anonymous answer to the first question of the cycle's set version; returns the answer id. */
    @Transactional
    public UUID storeAnonymousAnswer(UUID cycleId, int value) {
        Cycle cycle = Cycle.findById(cycleId);
        UUID responseId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        em.createNativeQuery("insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)"
                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, responseId).setParameter(2, cycle.id).setParameter(3, cycle.team.id)
                .setParameter(4, cycle.cycleDate).setParameter(5, cycle.questionSetVersion.id).executeUpdate();
        em.createNativeQuery("insert into answer (id, response_id, question_id, dimension, value)"
                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, answerId).setParameter(2, responseId)
                .setParameter(3, cycle.questionSetVersion.questions.get(0).id)
                .setParameter(4, cycle.questionSetVersion.questions.get(0).dimension)
                .setParameter(5, value).executeUpdate();
        return answerId;
    }

    @Transactional
    public Integer answerValue(UUID answerId) {
        var rows = em.createNativeQuery("select value from answer where id = ?1").setParameter(1, answerId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }
}
