package io.pulsecheck.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes cycles of the past or present as they would be after opening, for seeding demo data: no event is fired, so
 * nothing is claimed or queued for them. Real cycles are opened by {@link CycleOpener}.
 */
@ApplicationScoped
public class CycleSeeding {

    @Inject
    EntityManager em;

    /**
     * Inserts a cycle asking every question of the version, in their order, with the team's thresholds of today
     * frozen on it; returns its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID insertCycle(UUID scheduleId, UUID teamId, UUID versionId, LocalDate date, Instant closesAt,
            Cycle.Status status, int invited) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into cycle (id, schedule_id, team_id, question_set_version_id, cycle_date, closes_at, status,
                                   invited_count, k_threshold, comment_threshold)
                select :id, :schedule, t.id, :version, :date, :closesAt, :status, :invited,
                       coalesce(t.k_threshold, o.k_threshold), coalesce(t.comment_threshold, o.comment_threshold)
                from team t join org_settings o on o.id = 1 where t.id = :team
                """).setParameter("id", id).setParameter("schedule", scheduleId).setParameter("team", teamId)
                .setParameter("version", versionId).setParameter("date", date).setParameter("closesAt", closesAt)
                .setParameter("status", status.name()).setParameter("invited", invited).executeUpdate();
        em.createNativeQuery("""
                insert into cycle_question (cycle_id, question_id, position)
                select :cycle, q.id, q.position - 1 from question q where q.set_version_id = :version
                """).setParameter("cycle", id).setParameter("version", versionId).executeUpdate();
        return id;
    }

    /** Invites the members to the cycle at {@code sendAt}; the first {@code prompted} count as prompted already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inviteAll(UUID cycleId, List<UUID> members, Instant sendAt, int prompted) {
        for (int i = 0; i < members.size(); i++) {
            em.createNativeQuery("insert into cycle_invitation (cycle_id, person_id, send_at, prompted)"
                    + " values (:c, :p, :s, :prompted)").setParameter("c", cycleId).setParameter("p", members.get(i))
                    .setParameter("s", sendAt).setParameter("prompted", i < prompted).executeUpdate();
        }
    }
}
