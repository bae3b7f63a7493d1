package io.pulsecheck.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.schedule.CycleOpened;
import io.pulsecheck.teams.Team;

/**
 * Leaders' recorded actions and the "you said, we did" hand-over to the next check-in: when a cycle opens, the
 * actions still to announce are claimed for it in the transaction that opens it ({@link CycleOpened}), and the
 * member prompts of that cycle show them.
 */
@ApplicationScoped
public class LeaderActions {

    private static final Logger LOG = Logger.getLogger(LeaderActions.class);

    @Inject
    EntityManager em;

    @Inject
    DigestConfig config;

    @Inject
    Clock clock;

    /** Records what a leader did for the team, to be told in its next check-in; 404 when there is no such team. */
    @Transactional
    public LeaderActionView record(UUID teamId, String description) {
        if (Team.findById(teamId) == null) {
            throw ApiException.notFound("Team", teamId);
        }
        LeaderAction action = new LeaderAction();
        action.id = UUID.randomUUID();
        action.teamId = teamId;
        action.description = description.strip();
        action.createdAt = clock.instant();
        action.createdOn = LocalDate.now(clock);
        action.persist();
        return LeaderActionView.of(action);
    }

    /**
     * Rewords an action the team has not been told yet; 404 when the team has no such action, 409 once a check-in
     * told it (what the team read is not rewritten).
     */
    @Transactional
    public LeaderActionView edit(UUID teamId, UUID actionId, String description) {
        LeaderAction action = LeaderAction.findById(actionId);
        if (action == null || !action.teamId.equals(teamId)) {
            throw ApiException.notFound("Action", actionId);
        }
        if (action.announcedCycleId != null) {
            throw ApiException.conflict("The action was told to the team already and cannot be changed");
        }
        action.description = description.strip();
        return LeaderActionView.of(action);
    }

    /** The actions recorded for the team, newest first. */
    public List<LeaderActionView> listForTeam(UUID teamId) {
        return LeaderAction.<LeaderAction>list("teamId = ?1 order by createdAt desc, id", teamId).stream()
                .map(LeaderActionView::of).toList();
    }

    /** Actions of the team not yet told to it, oldest first. */
    public List<LeaderAction> toAnnounce(UUID teamId) {
        return LeaderAction.list("teamId = ?1 and announcedCycleId is null order by createdAt, id", teamId);
    }

    /** {@link #toAnnounce} for many teams in one query: per team its actions not yet told, oldest first. */
    public Map<UUID, List<LeaderAction>> toAnnounce(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return LeaderAction.<LeaderAction>list("teamId in ?1 and announcedCycleId is null order by createdAt, id",
                teamIds).stream().collect(Collectors.groupingBy(a -> a.teamId));
    }

    /** Records that the cycle's check-in told the team about these actions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markAnnounced(UUID teamId, UUID cycleId, Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return 0;
        }
        return LeaderAction.update("announcedCycleId = ?1 where teamId = ?2 and id in ?3 and announcedCycleId is null",
                cycleId, teamId, actionIds);
    }

    /**
     * Only a cycle that asks someone can tell the team what its leaders did; otherwise the actions wait. A leaders'
     * check asks the leaders themselves, not the team, so it tells them nothing.
     */
    void onCycleOpened(@Observes CycleOpened opened) {
        if (opened.invitedCount() > 0 && !opened.leaders()) {
            int announced = claimForCycle(opened.teamId(), opened.cycleId()).size();
            LOG.infof("Cycle %s announces %d leader actions", opened.cycleId(), announced);
        }
    }

    /**
     * Marks the team's oldest unannounced actions (at most {@code pulsecheck.digest.actions-per-check-in}) as told by
     * this cycle and returns them. Rows another opening transaction holds are skipped rather than waited for, so two
     * cycles of one team opening at once never both claim an action and never deadlock; the skipped ones belong to
     * the other cycle, or stay for the next one if it rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LeaderAction> claimForCycle(UUID teamId, UUID cycleId) {
        em.createNativeQuery("""
                update leader_action set announced_cycle_id = :cycle
                where id in (select id from leader_action
                             where team_id = :team and announced_cycle_id is null
                             order by created_at, id
                             limit :max
                             for update skip locked)
                """).setParameter("cycle", cycleId).setParameter("team", teamId)
                .setParameter("max", config.actionsPerCheckIn()).executeUpdate();
        return announcedIn(cycleId);
    }

    /** The actions a cycle's check-in tells its team, oldest first. */
    public List<LeaderAction> announcedIn(UUID cycleId) {
        return LeaderAction.list("announcedCycleId = ?1 order by createdAt, id", cycleId);
    }
}
