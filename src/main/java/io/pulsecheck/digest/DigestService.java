package io.pulsecheck.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.platform.ChatCard;
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
    ChartLinks charts;

    @Inject
    LeaderActions actions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Queues the digests that are due now: on the configured weekday from the configured local time on. */
    @Transactional
    public int sendDueDigests() {
        int queued = 0;
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
                if (outbox.enqueue(LeaderDelivery.message(MessageKind.DIGEST, subscription, leader,
                        digestCard(team.id, leader.locale), dedupKey)).isPresent()) {
                    queued++;
                }
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
                DigestTexts texts = DigestTexts.forLocale(leader.locale);
                ChatCard card = composer.alert(trend, cycle, signals, texts,
                        charts.trendChartUrl(team.id, leader.locale));
                String dedupKey = "alert:" + leader.id + ":" + cycle.cycleId();
                if (outbox.enqueue(LeaderDelivery.message(MessageKind.ALERT, subscription, leader, card, dedupKey))
                        .isPresent()) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /** The digest card of one team in a locale. */
    public ChatCard digestCard(UUID teamId, String locale) {
        List<String> open = actions.toAnnounce(teamId).stream().map(a -> a.description).toList();
        return composer.digest(trend(teamId), DigestTexts.forLocale(locale), charts.trendChartUrl(teamId, locale),
                open);
    }

    private TeamInsights trend(UUID teamId) {
        LocalDate today = LocalDate.now(clock);
        return insights.team(teamId, today.minus(insightsConfig.teamWindow()), today);
    }

}
