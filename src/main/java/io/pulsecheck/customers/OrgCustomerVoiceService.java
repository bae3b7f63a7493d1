package io.pulsecheck.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.customers.OrgCustomerVoice.CustomerComparison;
import io.pulsecheck.customers.OrgCustomerVoice.TeamEntry;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.NodeKind;
import io.pulsecheck.insights.OrgInsights;
import io.pulsecheck.insights.OrgNode;
import io.pulsecheck.insights.Stats;

/**
 * The organisation view of both voices for HR. The employee side is the organisation report's own cell of each team
 * ({@link InsightsService#organisation}): only released cycles that reach their k count, and a number the report
 * withholds (below k, differencing) is withheld here too, so this view shows nothing the organisation report does not.
 * A team is listed when its well-being or safety lies below the organisation's and at least one of its customer
 * metrics is worse than the median of the teams reporting that metric.
 */
@ApplicationScoped
public class OrgCustomerVoiceService {

    static final String NOTE = "Association, not cause: a team is listed where low well-being or psychological safety"
            + " and customer metrics worse than the teams' median coincide over the range. Only team cells the"
            + " organisation report shows (at least k respondents, differencing guard) are considered. Complaints are"
            + " compared per 1000 contacts.";

    @Inject
    InsightsService insights;

    @Transactional
    public OrgCustomerVoice organisation(LocalDate from, LocalDate to, int orgK) {
        OrgInsights report = insights.organisation(from, to, orgK);
        OrgNode org = report.nodes().stream().filter(n -> n.kind() == NodeKind.ORGANISATION).findFirst()
                .orElseThrow();
        List<OrgNode> shownTeams = report.nodes().stream()
                .filter(n -> n.kind() == NodeKind.TEAM && n.status() == MetricStatus.SHOWN).toList();
        Map<UUID, Map<String, Aggregate>> customer = customerAggregates(
                shownTeams.stream().map(OrgNode::teamId).toList(), from, to);
        Map<String, Double> medians = medians(customer);
        Map<String, Integer> reporting = new HashMap<>();
        customer.values().forEach(m -> m.keySet().forEach(metric -> reporting.merge(metric, 1, Integer::sum)));

        List<TeamEntry> entries = new ArrayList<>();
        for (OrgNode team : shownTeams) {
            List<String> lowOn = new ArrayList<>();
            double gap = 0;
            boolean clearly = false;
            for (String index : List.of("wellbeing", "safety")) {
                Metric own = "wellbeing".equals(index) ? team.wellbeing() : team.safety();
                Metric reference = "wellbeing".equals(index) ? org.wellbeing() : org.safety();
                if (own != null && own.shown() && reference != null && reference.shown()
                        && own.value() < reference.value()) {
                    lowOn.add(index);
                    gap = Math.max(gap, reference.value() - own.value());
                    clearly |= own.ciHigh() != null && own.ciHigh() < reference.value();
                }
            }
            List<CustomerComparison> poor = new ArrayList<>();
            for (Map.Entry<String, Aggregate> metric : customer.getOrDefault(team.teamId(), Map.of()).entrySet()) {
                Aggregate aggregate = metric.getValue();
                int teams = reporting.get(metric.getKey());
                double median = medians.get(metric.getKey());
                if (teams >= 2 && aggregate.direction.sign() * (aggregate.value() - median) < 0) {
                    poor.add(aggregate.comparison(metric.getKey(), median, teams));
                }
            }
            if (!lowOn.isEmpty() && !poor.isEmpty()) {
                poor.sort(Comparator.comparing(CustomerComparison::metric));
                entries.add(new TeamEntry(0, team.teamId(), team.name(), team.respondents(), team.wellbeing(),
                        team.safety(), lowOn, Stats.round1(gap), clearly, poor));
            }
        }
        entries.sort(Comparator.comparingDouble(TeamEntry::gap).reversed()
                .thenComparing(e -> -e.poorCustomerMetrics().size()).thenComparing(TeamEntry::name));
        List<TeamEntry> ranked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TeamEntry e = entries.get(i);
            ranked.add(new TeamEntry(i + 1, e.teamId(), e.name(), e.respondents(), e.wellbeing(), e.safety(),
                    e.lowOn(), e.gap(), e.clearlyBelow(), e.poorCustomerMetrics()));
        }
        return new OrgCustomerVoice(from, to, orgK, org.wellbeing(), org.safety(), ranked, NOTE);
    }

    /** A team's metric over the range: sample-weighted, complaints as a rate per 1000 contacts. */
    private static final class Aggregate {
        final String unit;
        final Direction direction;
        final boolean complaints;
        final boolean percent;
        double weighted;
        long samples;

        Aggregate(CustomerSignal first) {
            this.unit = first.unit;
            this.direction = Direction.of(first.direction);
            this.complaints = BuiltInMetric.COMPLAINTS.key.equals(first.metric);
            this.percent = BuiltInMetric.FCR.key.equals(first.metric);
        }

        void add(CustomerSignal signal) {
            // Complaints add up; everything else is a mean of its sample, weighted by it.
            weighted += complaints ? signal.value.doubleValue() : signal.value.doubleValue() * signal.sampleSize;
            samples += signal.sampleSize;
        }

        double value() {
            return complaints ? 1000.0 * weighted / samples : weighted / samples;
        }

        CustomerComparison comparison(String metric, double median, int teams) {
            Double low = null;
            Double high = null;
            if (complaints || percent) {
                double successes = complaints ? weighted : weighted / 100.0;
                double[] ci = Stats.wilson(Math.round(successes), samples);
                double scale = complaints ? 1000.0 : 100.0;
                low = round2(scale * ci[0]);
                high = round2(scale * ci[1]);
            }
            return new CustomerComparison(metric, complaints ? "per 1000 contacts" : unit, direction, round2(value()),
                    low, high, samples, round2(median), teams);
        }
    }

    private static Map<UUID, Map<String, Aggregate>> customerAggregates(List<UUID> teams, LocalDate from,
            LocalDate to) {
        Map<UUID, Map<String, Aggregate>> result = new HashMap<>();
        for (CustomerSignal signal : CustomerSignal.currentOfTeams(teams, CustomerVoice.weekOf(from), to)) {
            result.computeIfAbsent(signal.teamId, t -> new HashMap<>())
                    .computeIfAbsent(signal.metric, m -> new Aggregate(signal)).add(signal);
        }
        return result;
    }

    private static Map<String, Double> medians(Map<UUID, Map<String, Aggregate>> customer) {
        Map<String, List<Double>> values = new HashMap<>();
        customer.values().forEach(metrics -> metrics.forEach(
                (metric, aggregate) -> values.computeIfAbsent(metric, m -> new ArrayList<>()).add(aggregate.value())));
        Map<String, Double> medians = new HashMap<>();
        values.forEach((metric, list) -> {
            List<Double> sorted = list.stream().sorted().toList();
            int n = sorted.size();
            medians.put(metric, n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
        });
        return medians;
    }

    private static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
