package io.pulsecheck.schedule;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.PersonReachable;

/**
 * Invites a person to the open check-ins of their teams when something reaches them only now. A cycle invites only
 * the members something reaches when it opens (participation counts them), so without this a member who installs the
 * Teams or Google Chat app, or whose Slack account is found, on the Tuesday of a weekly check-in would wait a week.
 * The invitation is due at once and counted in the cycle's invited members; the prompt queue sends it on its next
 * tick through the route chosen then.
 */
@ApplicationScoped
public class LateInvitations {

    @Inject
    EntityManager em;

    @Inject
    ChatPlatforms platforms;

    @Inject
    Clock clock;

    void onReachable(@Observes PersonReachable reachable) {
        invite(reachable.personId(), clock.instant());
    }

    /**
     * Invites the person to every open cycle of their teams they are not invited to; returns how many. A leaders'
     * round, whose cycle only names a cohort team, never invites that team's members.
     */
    public int invite(UUID personId, Instant now) {
        Person person = Person.findById(personId);
        if (person == null || !person.canBeAsked() || !platforms.route(person).reachable()) {
            return 0;
        }
        // The cycle rows are locked so that a cycle closing at the same moment sees the invitation and its count
        // together.
        @SuppressWarnings("unchecked")
        List<UUID> cycles = em.createNativeQuery("""
                select c.id from cycle c
                join team_member m on m.team_id = c.team_id and m.person_id = :person
                where c.status = 'open' and c.closes_at > :now and %s
                  and not exists (select 1 from cycle_invitation ci where ci.cycle_id = c.id and ci.person_id = :person)
                for update of c
                """.formatted(Cycle.membersSql("c")), UUID.class).setParameter("person", personId).setParameter("now", now).getResultList();
        if (cycles.isEmpty()) {
            return 0;
        }
        OffsetDateTime sendAt = now.atOffset(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement invite = connection.prepareStatement("""
                    insert into cycle_invitation (cycle_id, person_id, send_at) values (?, ?, ?)
                    on conflict do nothing""");
                    PreparedStatement count = connection.prepareStatement(
                            "update cycle set invited_count = invited_count + 1 where id = ?")) {
                for (UUID cycle : cycles) {
                    invite.setObject(1, cycle);
                    invite.setObject(2, personId);
                    invite.setObject(3, sendAt);
                    if (invite.executeUpdate() == 1) {
                        count.setObject(1, cycle);
                        count.executeUpdate();
                    }
                }
            }
        });
        return cycles.size();
    }
}
