package io.pulsecheck.platform.slack;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.teams.PersonErased;
import io.pulsecheck.teams.PersonReachable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Finds the Slack member id of every person HR entered for Slack with only an email, with {@code users.lookupByEmail}
 * in each installed workspace (oldest install first), and keeps them fresh: a changed email is looked up again at
 * once, every other person after {@code lookup-max-age}. Each sync makes at most {@code lookups-per-sync} calls and
 * stops at Slack's first rate-limit answer, so one sync a minute stays within Slack's tier 4 limit. No HTTP call
 * runs inside a transaction.
 */
@ApplicationScoped
public class SlackRosterSync {

    private static final Logger LOG = Logger.getLogger(SlackRosterSync.class);

    @Inject
    SlackAppConfig config;

    @Inject
    Event<PersonReachable> reachable;

    @Inject
    SlackWebApi api;

    @Inject
    SlackTokenCipher cipher;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** What one sync did. */
    public record Result(int lookups, int resolved, int unresolved, boolean rateLimited) {
    }

    private record Installation(String teamId, String token) {
    }

    private record Candidate(UUID personId, String email) {
    }

    @Scheduled(every = "${pulsecheck.slack.app.roster-sync-every:1m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sync();
    }

    /** One sync: token re-encryption after a key rotation, expired install states, then due lookups. */
    public Result sync() {
        QuarkusTransaction.requiringNew().run(this::housekeeping);
        List<Installation> installations = QuarkusTransaction.requiringNew().call(this::installations);
        List<Candidate> due = QuarkusTransaction.requiringNew().call(() -> due(config.lookupsPerSync()));
        int lookups = 0;
        int resolved = 0;
        int unresolved = 0;
        for (Candidate candidate : due) {
            if (installations.isEmpty()) {
                record(candidate, null, null, "the Slack app is not installed in any workspace");
                unresolved++;
                continue;
            }
            List<String> notFound = new ArrayList<>();
            String outcome = null;
            for (Installation installation : installations) {
                if (lookups >= config.lookupsPerSync()) {
                    return new Result(lookups, resolved, unresolved, false);
                }
                lookups++;
                SlackWebApi.Answer answer;
                try {
                    answer = api.lookupByEmail(installation.token(), candidate.email());
                } catch (IOException e) {
                    LOG.warnf("users.lookupByEmail in %s failed (%s); the person is looked up again next time",
                            installation.teamId(), e.getClass().getSimpleName());
                    outcome = "retry";
                    break;
                }
                if (answer.status() == 429 || "ratelimited".equals(answer.error())) {
                    LOG.infof("users.lookupByEmail rate-limited in %s; the sync continues next time",
                            installation.teamId());
                    return new Result(lookups, resolved, unresolved, true);
                }
                if (answer.ok()) {
                    JsonNode user = answer.body().path("user");
                    if (user.path("deleted").asBoolean(false)) {
                        notFound.add(installation.teamId() + ": deactivated");
                        continue;
                    }
                    outcome = record(candidate, installation.teamId(), user.path("id").asText(null), null);
                    break;
                }
                notFound.add(installation.teamId() + ": " + answer.error());
            }
            if ("retry".equals(outcome)) {
                continue;
            }
            if (outcome == null) {
                record(candidate, null, null, "no active Slack account with this email (" + String.join(", ", notFound)
                        + ")");
                unresolved++;
            } else if (outcome.equals("resolved")) {
                resolved++;
            } else {
                unresolved++;
            }
        }
        return new Result(lookups, resolved, unresolved, false);
    }

    /** Erasing a person deletes what Slack told us about them. */
    void onPersonErased(@Observes PersonErased erased) {
        SlackMember.deleteOfPerson(erased.personId());
    }

    /** Looks people up again right away, e.g. after a new install made them findable. */
    @Transactional
    public void forgetUnresolved() {
        SlackMember.delete("status", SlackMember.Status.unresolved);
    }

    void housekeeping() {
        Instant now = clock.instant();
        SlackOAuthState.deleteExpired(now);
        for (SlackInstallation installation : SlackInstallation.sealedUnderOtherKey(cipher.currentKeyId())) {
            if (!cipher.configured()) {
                break;
            }
            cipher.open(installation.teamId, installation.botToken).ifPresent(token -> {
                installation.botToken = cipher.seal(installation.teamId, token);
                installation.tokenKeyId = (short) cipher.currentKeyId();
            });
        }
        // People no longer entered for Slack by email only (changed platform, member id entered, email removed).
        em.createNativeQuery("""
                delete from slack_member m where not exists (select 1 from person p where p.id = m.person_id
                and p.platform = 'slack' and p.platform_user_id is null and p.email is not null
                and p.status <> 'erased')""").executeUpdate();
    }

    private List<Installation> installations() {
        List<Installation> found = new ArrayList<>();
        for (SlackInstallation installation : SlackInstallation.active()) {
            cipher.open(installation.teamId, installation.botToken)
                    .ifPresent(token -> found.add(new Installation(installation.teamId, token)));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Candidate> due(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, lower(p.email) from person p left join slack_member m on m.person_id = p.id
                where p.platform = 'slack' and p.platform_user_id is null and p.email is not null
                and p.status <> 'erased'
                and (m.person_id is null or m.looked_up_email <> lower(p.email) or m.checked_at < :stale)
                order by m.checked_at nulls first, p.id limit :limit""")
                .setParameter("stale", clock.instant().minus(config.lookupMaxAge()))
                .setParameter("limit", limit).getResultList();
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            candidates.put(id, new Candidate(id, (String) row[1]));
        }
        return List.copyOf(candidates.values());
    }

    /** Stores the outcome for one person; returns {@code resolved} or {@code unresolved}. */
    private String record(Candidate candidate, String teamId, String memberId, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SlackMember member = SlackMember.findById(candidate.personId());
            boolean fresh = member == null;
            if (fresh) {
                member = new SlackMember();
                member.personId = candidate.personId();
            }
            Instant now = clock.instant();
            String outcome;
            if (memberId != null && SlackMember.heldByOther(teamId, memberId, candidate.personId())) {
                member.unresolved("this Slack account (" + teamId + ") belongs to another person on the roster",
                        candidate.email(), now);
                outcome = "unresolved";
            } else if (memberId != null) {
                member.resolved(teamId, memberId, candidate.email(), now);
                outcome = "resolved";
            } else {
                member.unresolved(reason, candidate.email(), now);
                outcome = "unresolved";
            }
            if (fresh) {
                member.persist();
            }
            if (outcome.equals("resolved")) {
                em.flush();
                reachable.fire(new PersonReachable(candidate.personId()));
            }
            return outcome;
        });
    }
}
