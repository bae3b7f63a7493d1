package io.pulsecheck.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.customers.CustomerDigest;
import io.pulsecheck.customers.CustomerVoice;
import io.pulsecheck.dashboard.DashboardLinks;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.OrgInsights;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.WebLink;
import io.pulsecheck.teams.OrgSettings;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;

/**
 * Queues weekly digests and alerts for every subscribed leader and each team they lead. Both are idempotent through
 * outbox dedup keys, so running them often, or on several replicas, sends each message once.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    @Inject
    DigestConfig config;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    InsightsService insights;

    @Inject
    DigestComposer composer;

    @Inject
    LevelDigestComposer levels;

    @Inject
    ChartLinks charts;

    @Inject
    LeaderActions actions;

    @Inject
    CustomerVoice customers;

    @Inject
    Outbox outbox;

    @Inject
    ChatPlatforms platforms;

    @Inject
    DashboardLinks dashboardLinks;

    @Inject
    Clock clock;

    /**
     * Queues the digests that are due now: on the configured weekday from the configured local time on. Each team the
     * leader leads gets its digest; a team with sub-teams also its department digest; an executive subscribed to it
     * the organisation digest.
     */
    @Transactional
    public int sendDueDigests() {
        int queued = 0;
        OrgReport org = new OrgReport();
        for (DigestSubscription subscription : DigestSubscription.<DigestSubscription>listAll()) {
            Person leader = Person.findById(subscription.personId);
            if (leader == null || leader.status == Person.Status.erased) {
                continue;
            }
            ZonedDateTime local = clock.instant().atZone(leader.zone());
            if (local.getDayOfWeek() != config.weekday() || local.toLocalTime().isBefore(config.localTime())) {
                continue;
            }
            for (Team team : Team.activeLedBy(leader.id)) {
                String dedupKey = "digest:" + leader.id + ":" + team.id + ":" + local.toLocalDate();
                // The job runs every 15 minutes all day: a digest queued already is not built again to be dropped.
                if (outbox.isQueued(dedupKey)) {
                    continue;
                }
                if (queue(digestCard(team.id, leader.locale, dashboardLink(leader, team.id)), subscription, leader,
                        dedupKey)) {
                    queued++;
                }
                String departmentKey = "digest:" + leader.id + ":department:" + team.id + ":" + local.toLocalDate();
                if (isDepartment(team) && !outbox.isQueued(departmentKey)) {
                    Optional<LeaderCard> card = levels.department(org.get(), team.id, leader.locale);
                    if (card.isPresent() && queue(card.get(), subscription, leader, departmentKey)) {
                        queued++;
                    }
                }
            }
            String organisationKey = "digest:" + leader.id + ":organisation:" + local.toLocalDate();
            if (subscription.organisationDigest && !outbox.isQueued(organisationKey)
                    && queue(levels.organisation(org.get(), leader.locale), subscription, leader, organisationKey)) {
                queued++;
            }
        }
        if (queued > 0) {
            LOG.infof("Queued %d leader digests", queued);
        }
        return queued;
    }

    /**
     * Queues an alert to each subscribed leader of a team whose latest released cycle dropped (well-being,
     * transparency) or rose (stress) by at least the threshold and beyond the confidence interval.
     */
    @Transactional
    public int sendAlerts() {
        int queued = 0;
        for (DigestSubscription subscription : DigestSubscription.<DigestSubscription>listAll()) {
            Person leader = Person.findById(subscription.personId);
            if (leader == null || leader.status == Person.Status.erased) {
                continue;
            }
            for (Team team : Team.activeLedBy(leader.id)) {
                TeamInsights trend = trend(team.id);
                CycleInsights cycle = DigestComposer.reportedCycle(trend);
                Set<Signal> signals = Signals.alerts(cycle, config.alert());
                if (signals.isEmpty()) {
                    continue;
                }
                DigestWording texts = DigestWording.of(leader.locale);
                LeaderCard card = composer.alert(trend, cycle, signals, texts,
                        charts.trendChartUrl(team.id, leader.locale), dashboardLink(leader, team.id));
                String dedupKey = "alert:" + leader.id + ":" + cycle.cycleId();
                if (queue(card, subscription, leader, dedupKey)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /** The digest card of one team in a locale, without a dashboard link. */
    public LeaderCard digestCard(UUID teamId, String locale) {
        return digestCard(teamId, locale, null);
    }

    /** The digest card of one team in a locale, with the leader's dashboard link (or none). */
    public LeaderCard digestCard(UUID teamId, String locale, WebLink dashboard) {
        List<String> open = actions.toAnnounce(teamId).stream().map(a -> a.description).toList();
        TeamInsights trend = trend(teamId);
        CycleInsights reported = DigestComposer.reportedCycle(trend);
        CustomerDigest customer = customers.digest(teamId, reported == null ? null : reported.cycleDate(),
                trend.from(), locale);
        return composer.digest(trend, DigestWording.of(locale), charts.trendChartUrl(teamId, locale), open,
                customer, dashboard);
    }

    /** The suggestions the team's digest shows for this report (customer signals included), for the web view. */
    public List<String> suggestions(UUID teamId, TeamInsights trend, String locale) {
        CycleInsights reported = DigestComposer.reportedCycle(trend);
        CustomerDigest customer = customers.digest(teamId, reported == null ? null : reported.cycleDate(),
                trend.from(), locale);
        return composer.suggestions(trend, customer.worse(), locale);
    }

    /** The leader's signed link to the team's page of the web view. */
    private WebLink dashboardLink(Person leader, UUID teamId) {
        return new WebLink(DigestWording.of(leader.locale).messages().openDashboard(),
                dashboardLinks.forLeader(leader.id, teamId));
    }

    /** The organisation report of the default window, read once per run and only when a digest above teams needs it. */
    private final class OrgReport {
        private OrgInsights report;

        OrgInsights get() {
            if (report == null) {
                LocalDate today = DateRange.latestToday(clock);
                report = insights.organisation(today.minus(insightsConfig.orgWindow()), today,
                        OrgSettings.get().kThreshold);
            }
            return report;
        }
    }

    private static boolean isDepartment(Team team) {
        return Team.count("parent.id = ?1 and archived = false", team.id) > 0;
    }

    private TeamInsights trend(UUID teamId) {
        LocalDate today = LocalDate.now(clock);
        return insights.team(teamId, today.minus(insightsConfig.teamWindow()), today);
    }

    /** Renders the card for the subscription's platform and queues it; false when it was queued before. */
    private boolean queue(LeaderCard card, DigestSubscription subscription, Person leader, String dedupKey) {
        ChatRecipient recipient = new ChatRecipient(leader.id, leader.platform, leader.platformUserId,
                leader.locale);
        DigestTarget target = new DigestTarget(subscription.channel, subscription.webhookUrl, subscription.workspace);
        OutboundMessage message = platforms.leaderCard(card, new LeaderAddress(recipient, target, dedupKey))
                .orElseThrow(() -> new IllegalStateException("Digests cannot be sent to " + subscription.channel));
        return outbox.enqueue(message.toPerson(leader.id)).isPresent();
    }
}
