package io.pulsecheck.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.customers.CustomerDigest;
import io.pulsecheck.customers.CustomerSignal;
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
    ReassuranceCatalogue catalogue;

    @Inject
    Clock clock;

    /**
     * Queues the digests that are due now: on the configured weekday from the configured local time on. Each team the
     * leader leads gets its digest; a team with sub-teams also its department digest; an executive subscribed to it
     * the organisation digest. Everything is read for all due leaders at once (their teams' reports, actions and
     * customer signals in a few statements), and the cards are built from it by the same code as one team's digest
     * ({@link #digestCard}), so the run costs about as many statements for 500 leaders as for one.
     */
    @Transactional
    public int sendDueDigests() {
        long started = System.nanoTime();
        List<DueLeader> due = dueLeaders();
        Map<UUID, List<Team>> led = Team.activeLedByEach(due.stream().map(d -> d.leader().id).toList());
        List<String> keys = new ArrayList<>();
        for (DueLeader leader : due) {
            for (Team team : led.getOrDefault(leader.leader().id, List.of())) {
                keys.add(leader.teamKey(team.id));
                keys.add(leader.departmentKey(team.id));
            }
            keys.add(leader.organisationKey());
        }
        // The job runs every 15 minutes all day: a digest queued already is not built again to be dropped.
        Set<String> queuedBefore = outbox.queuedKeys(keys);
        Set<UUID> teamIds = new LinkedHashSet<>();
        for (DueLeader leader : due) {
            for (Team team : led.getOrDefault(leader.leader().id, List.of())) {
                if (!queuedBefore.contains(leader.teamKey(team.id))) {
                    teamIds.add(team.id);
                }
            }
        }
        TeamDigests teams = teamDigests(teamIds);
        Set<UUID> departments = Team.withActiveSubTeams(List.copyOf(teamIds));
        OrgReport org = new OrgReport();
        List<OutboundMessage> messages = new ArrayList<>();
        for (DueLeader leader : due) {
            Person person = leader.leader();
            for (Team team : led.getOrDefault(person.id, List.of())) {
                String dedupKey = leader.teamKey(team.id);
                if (queuedBefore.contains(dedupKey) || !teams.covers(team.id)) {
                    continue;
                }
                messages.add(render(teams.card(team.id, person.locale, dashboardLink(person, team.id)),
                        leader.subscription(), person, dedupKey));
                String departmentKey = leader.departmentKey(team.id);
                if (departments.contains(team.id) && !queuedBefore.contains(departmentKey)) {
                    levels.department(org.get(), team.id, person.locale).ifPresent(card -> messages.add(
                            render(card, leader.subscription(), person, departmentKey)));
                }
            }
            String organisationKey = leader.organisationKey();
            if (leader.subscription().organisationDigest && !queuedBefore.contains(organisationKey)) {
                messages.add(render(levels.organisation(org.get(), person.locale), leader.subscription(), person,
                        organisationKey));
            }
        }
        int queued = outbox.enqueueAll(messages);
        if (queued > 0) {
            LOG.infof("Queued %d leader digests for %d due leaders in %d ms", queued, due.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return queued;
    }

    /** A subscribed leader whose digest day and local time have come, with that local date. */
    private record DueLeader(DigestSubscription subscription, Person leader, LocalDate localDate) {

        String teamKey(UUID teamId) {
            return "digest:" + leader.id + ":" + teamId + ":" + localDate;
        }

        String departmentKey(UUID teamId) {
            return "digest:" + leader.id + ":department:" + teamId + ":" + localDate;
        }

        String organisationKey() {
            return "digest:" + leader.id + ":organisation:" + localDate;
        }
    }

    /** The subscribed leaders (not erased) whose digest is due now. */
    private List<DueLeader> dueLeaders() {
        List<DueLeader> due = new ArrayList<>();
        subscribedLeaders().forEach((subscription, leader) -> {
            ZonedDateTime local = clock.instant().atZone(leader.zone());
            if (local.getDayOfWeek() == config.weekday() && !local.toLocalTime().isBefore(config.localTime())) {
                due.add(new DueLeader(subscription, leader, local.toLocalDate()));
            }
        });
        return due;
    }

    /** Every subscription whose leader is not erased, with the leader, in two statements for all of them. */
    private Map<DigestSubscription, Person> subscribedLeaders() {
        List<DigestSubscription> subscriptions = DigestSubscription.listAll();
        Map<UUID, Person> people = subscriptions.isEmpty() ? Map.of()
                : Person.<Person>list("id in ?1", subscriptions.stream().map(s -> s.personId).toList()).stream()
                        .collect(Collectors.toMap(p -> p.id, p -> p));
        Map<DigestSubscription, Person> leaders = new LinkedHashMap<>();
        for (DigestSubscription subscription : subscriptions) {
            Person leader = people.get(subscription.personId);
            if (leader != null && leader.status != Person.Status.erased) {
                leaders.put(subscription, leader);
            }
        }
        return leaders;
    }

    /**
     * Queues an alert to each subscribed leader of a team whose latest released cycle dropped (well-being,
     * transparency) or rose (stress) by at least the threshold and beyond the confidence interval. The reports of
     * all their teams are read at once, as for digests.
     */
    @Transactional
    public int sendAlerts() {
        Map<DigestSubscription, Person> leaders = subscribedLeaders();
        Map<UUID, List<Team>> led = Team.activeLedByEach(leaders.values().stream().map(p -> p.id).toList());
        Set<UUID> teamIds = new LinkedHashSet<>();
        led.values().forEach(teams -> teams.forEach(team -> teamIds.add(team.id)));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, TeamInsights> trends = teamIds.isEmpty() ? Map.of()
                : insights.teams(List.copyOf(teamIds), today.minus(insightsConfig.teamWindow()), today);
        List<OutboundMessage> messages = new ArrayList<>();
        leaders.forEach((subscription, leader) -> {
            for (Team team : led.getOrDefault(leader.id, List.of())) {
                TeamInsights trend = trends.get(team.id);
                CycleInsights cycle = trend == null ? null : DigestComposer.reportedCycle(trend);
                Set<Signal> signals = Signals.alerts(cycle, config.alert());
                if (signals.isEmpty()) {
                    continue;
                }
                DigestWording texts = DigestWording.of(leader.locale);
                LeaderCard card = composer.alert(trend, cycle, signals, texts,
                        charts.trendChartUrl(team.id, leader.locale), dashboardLink(leader, team.id));
                messages.add(render(card, subscription, leader, "alert:" + leader.id + ":" + cycle.cycleId()));
            }
        });
        return outbox.enqueueAll(messages);
    }

    /**
     * The digest cards of many teams in one locale, without a dashboard link, read for all of them at once; each is
     * the card {@link #digestCard(UUID, String)} builds for the team alone. Archived or unknown teams are left out.
     */
    @Transactional
    public Map<UUID, LeaderCard> digestCards(Collection<UUID> teamIds, String locale) {
        TeamDigests teams = teamDigests(teamIds);
        Map<UUID, LeaderCard> cards = new LinkedHashMap<>();
        for (UUID teamId : teamIds) {
            if (teams.covers(teamId)) {
                cards.put(teamId, teams.card(teamId, locale, null));
            }
        }
        return cards;
    }

    /** What the digests of these teams need, read in one statement per kind for all of them. */
    private TeamDigests teamDigests(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return new TeamDigests(Map.of(), Map.of(), List.of(), null);
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, TeamInsights> trends = insights.teams(List.copyOf(teamIds), today.minus(insightsConfig.teamWindow()),
                today);
        List<UUID> reportedTeams = List.copyOf(trends.keySet());
        Map<UUID, List<String>> open = new HashMap<>();
        actions.toAnnounce(reportedTeams).forEach((team, list) -> open.put(team,
                list.stream().map(a -> a.description).toList()));
        List<LocalDate> reported = trends.values().stream().map(DigestComposer::reportedCycle)
                .filter(c -> c != null).map(CycleInsights::cycleDate).toList();
        List<CustomerSignal> signals = reported.isEmpty() ? List.of()
                : CustomerSignal.currentOfTeams(reportedTeams,
                        CustomerVoice.digestFromWeek(reported.stream().min(LocalDate::compareTo).orElseThrow()),
                        reported.stream().max(LocalDate::compareTo).orElseThrow());
        return new TeamDigests(trends, open, signals, catalogue.current());
    }

    /** The inputs of many teams' digests, read at once; {@link #card} builds one as {@link #digestCard} does. */
    private final class TeamDigests {
        private final Map<UUID, TeamInsights> trends;
        private final Map<UUID, List<String>> openActions;
        private final List<CustomerSignal> customerSignals;
        private final ReassuranceCatalogue.Current suggestions;

        TeamDigests(Map<UUID, TeamInsights> trends, Map<UUID, List<String>> openActions,
                List<CustomerSignal> customerSignals, ReassuranceCatalogue.Current suggestions) {
            this.trends = trends;
            this.openActions = openActions;
            this.customerSignals = customerSignals;
            this.suggestions = suggestions;
        }

        boolean covers(UUID teamId) {
            return trends.containsKey(teamId);
        }

        LeaderCard card(UUID teamId, String locale, WebLink dashboard) {
            TeamInsights trend = trends.get(teamId);
            CycleInsights reported = DigestComposer.reportedCycle(trend);
            CustomerDigest customer = customers.digest(teamId, reported == null ? null : reported.cycleDate(),
                    trend.from(), locale, customerSignals);
            return compose(teamId, trend, openActions.getOrDefault(teamId, List.of()), customer, locale, dashboard,
                    suggestions);
        }
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
        return compose(teamId, trend, open, customer, locale, dashboard, catalogue.current());
    }

    /** One team's digest card from its inputs: the one place both a single digest and a whole run build it. */
    private LeaderCard compose(UUID teamId, TeamInsights trend, List<String> openActions, CustomerDigest customer,
            String locale, WebLink dashboard, ReassuranceCatalogue.Current suggestions) {
        return composer.digest(trend, DigestWording.of(locale), charts.trendChartUrl(teamId, locale), openActions,
                customer, dashboard, suggestions);
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

    private TeamInsights trend(UUID teamId) {
        LocalDate today = LocalDate.now(clock);
        return insights.team(teamId, today.minus(insightsConfig.teamWindow()), today);
    }

    /** The card as the subscription's platform sends it to the leader. */
    private OutboundMessage render(LeaderCard card, DigestSubscription subscription, Person leader, String dedupKey) {
        ChatRecipient recipient = new ChatRecipient(leader.id, leader.platform, leader.platformUserId,
                leader.locale);
        DigestTarget target = new DigestTarget(subscription.channel, subscription.webhookUrl, subscription.workspace);
        return platforms.leaderCard(card, new LeaderAddress(recipient, target, dedupKey))
                .orElseThrow(() -> new IllegalStateException("Digests cannot be sent to " + subscription.channel))
                .toPerson(leader.id);
    }
}
