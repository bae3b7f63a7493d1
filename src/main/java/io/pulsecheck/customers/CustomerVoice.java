package io.pulsecheck.customers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.customers.CustomerVoiceReport.CustomerValue;
import io.pulsecheck.customers.CustomerVoiceReport.MetricInfo;
import io.pulsecheck.customers.CustomerVoiceReport.Relationship;
import io.pulsecheck.customers.CustomerVoiceReport.Week;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.Index;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.Metric;

/**
 * Sets a team's customer signals beside its employee signals. The time axis is the team's check-in cycles; each cycle
 * stands beside the customer values of the ISO week its date falls in. The employee side is read only as the team
 * report shows it ({@link InsightsService#series}: released cycles, each under its frozen k), so a cycle that is open,
 * not yet mixed or below k pairs with nothing, and nothing here reads an answer.
 */
@ApplicationScoped
public class CustomerVoice {

    /** Most cycles one report covers: two years of weekly check-ins. */
    static final int MAX_CYCLES = 104;

    /** The weeks before the reported cycle's week whose signals a digest compares with. */
    static final int DIGEST_WEEKS = 5;

    /** The employee indices set beside customer metrics (all on 0..100). */
    static final List<Index> EMPLOYEE = List.of(Index.WELLBEING, Index.STRESS, Index.TRANSPARENCY, Index.SAFETY);

    static final String NOTE = "Association, not cause: a correlation says that two signals moved together over the"
            + " cycles shown, not that one caused the other. Only cycles whose employee cell is released and reaches"
            + " the anonymity threshold are paired; a relationship is shown from 8 common cycles on and only when its"
            + " 95% interval is narrow enough to say something.";

    @Inject
    InsightsService insights;

    @Inject
    CustomersConfig config;

    /** The side-by-side report of one team between the cycle dates. */
    @Transactional
    public CustomerVoiceReport team(UUID teamId, String teamName, LocalDate from, LocalDate to) {
        List<CycleInsights> cycles = insights.series(teamId, from, to, MAX_CYCLES);
        Map<LocalDate, Map<String, CustomerSignal>> byWeek = new HashMap<>();
        Map<String, MetricInfo> metrics = new TreeMap<>();
        LocalDate fromWeek = weekOf(cycles.isEmpty() ? from : cycles.get(0).cycleDate());
        for (CustomerSignal signal : CustomerSignal.current(teamId, fromWeek, to)) {
            byWeek.computeIfAbsent(signal.weekStart, w -> new HashMap<>()).put(signal.metric, signal);
        }
        List<Week> weeks = new ArrayList<>();
        for (CycleInsights cycle : cycles) {
            Map<String, CustomerValue> customer = new TreeMap<>();
            byWeek.getOrDefault(weekOf(cycle.cycleDate()), Map.of()).forEach((metric, signal) -> {
                customer.put(metric, new CustomerValue(signal.value, signal.sampleSize, signal.version));
                metrics.putIfAbsent(metric, new MetricInfo(metric, signal.unit, Direction.of(signal.direction)));
            });
            weeks.add(new Week(cycle.cycleId(), cycle.cycleDate(), CustomerSignalView.isoWeek(weekOf(cycle.cycleDate())),
                    cycle.released(), cycle.released() && cycle.enoughResponses(), cycle.wellbeing(), cycle.stress(),
                    cycle.transparency(), cycle.safety(), customer));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (Index index : EMPLOYEE) {
            for (String metric : metrics.keySet()) {
                for (int lag = 0; lag <= 1; lag++) {
                    relationships.add(relationship(cycles, byWeek, index, metric, lag));
                }
            }
        }
        return new CustomerVoiceReport(teamId, teamName, from, to, List.copyOf(metrics.values()), weeks,
                relationships, NOTE);
    }

    /** The correlation of an employee index with a customer metric {@code lag} cycles later, over shown cells only. */
    Relationship relationship(List<CycleInsights> cycles, Map<LocalDate, Map<String, CustomerSignal>> byWeek,
            Index index, String metric, int lag) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i + lag < cycles.size(); i++) {
            Metric employee = cycles.get(i).metric(index);
            CustomerSignal customer = byWeek.getOrDefault(weekOf(cycles.get(i + lag).cycleDate()), Map.of())
                    .get(metric);
            // A cycle below k, not released, or whose index was answered by fewer than k has no value to pair.
            if (employee != null && employee.shown() && customer != null) {
                pairs.add(new double[] { employee.value(), customer.value.doubleValue() });
            }
        }
        String employeeName = index.dimension;
        int n = pairs.size();
        if (n < config.minCommonCycles()) {
            return new Relationship(employeeName, metric, lag, RelationshipStatus.NOT_ENOUGH_CYCLES, n, null, null,
                    null, "Not enough common cycles yet: " + n + " of at least " + config.minCommonCycles() + ".");
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        Correlation correlation = Correlation.of(x, y);
        if (correlation == null) {
            return new Relationship(employeeName, metric, lag, RelationshipStatus.NO_VARIATION, n, null, null, null,
                    "One of the two did not vary over these cycles, so there is nothing to relate.");
        }
        if (correlation.width() > config.maxIntervalWidth()) {
            return new Relationship(employeeName, metric, lag, RelationshipStatus.INTERVAL_TOO_WIDE, n, null, null,
                    null, "Too uncertain to show: the 95% interval would be wider than "
                            + config.maxIntervalWidth() + ".");
        }
        return new Relationship(employeeName, metric, lag, RelationshipStatus.SHOWN, n, round3(correlation.r()),
                round3(correlation.low()), round3(correlation.high()), reading(employeeName, metric, lag, correlation));
    }

    /** "Association, not cause: in cycles with higher stress, complaints were higher (r = 0.62, ...)". */
    static String reading(String employee, String metric, int lag, Correlation c) {
        String figures = String.format(Locale.ROOT, "r = %.2f, 95%% interval %.2f to %.2f, %d cycles", c.r(), c.low(),
                c.high(), c.n());
        if (!c.excludesZero()) {
            return "No clear association between " + employee + " and " + metric + (lag == 0 ? "" : " one cycle later")
                    + ": the interval includes zero (" + figures + ").";
        }
        String moved = c.r() > 0 ? "higher" : "lower";
        return "Association, not cause: " + (lag == 0 ? "in cycles with higher " + employee + ", " + metric
                + " tended to be " + moved : "after cycles with higher " + employee + ", " + metric + " tended to be "
                + moved + " in the next cycle") + " (" + figures + ").";
    }

    /** The digest's view of the team's customer signals in the reported cycle's week. */
    @Transactional
    public CustomerDigest digest(UUID teamId, LocalDate reportedCycleDate, LocalDate trendFrom, String locale) {
        if (reportedCycleDate == null) {
            return CustomerDigest.none(CustomerWording.of(locale).heading());
        }
        LocalDate week = weekOf(reportedCycleDate);
        return digest(teamId, reportedCycleDate, trendFrom, locale,
                CustomerSignal.current(teamId, week.minusWeeks(DIGEST_WEEKS), week));
    }

    /** The first week whose signals a digest reporting a cycle of this date reads. */
    public static LocalDate digestFromWeek(LocalDate reportedCycleDate) {
        return weekOf(reportedCycleDate).minusWeeks(DIGEST_WEEKS);
    }

    /**
     * The digest's view from signals read already for many teams: {@code signals} holds at least the team's current
     * signals from {@link #digestFromWeek} to the reported cycle's week, oldest week first, by metric within a week.
     */
    @Transactional
    public CustomerDigest digest(UUID teamId, LocalDate reportedCycleDate, LocalDate trendFrom, String locale,
            List<CustomerSignal> signals) {
        CustomerWording texts = CustomerWording.of(locale);
        if (reportedCycleDate == null) {
            return CustomerDigest.none(texts.heading());
        }
        LocalDate week = weekOf(reportedCycleDate);
        LocalDate fromWeek = week.minusWeeks(DIGEST_WEEKS);
        List<CustomerSignal> recent = signals.stream().filter(s -> s.teamId.equals(teamId)
                && !s.weekStart.isBefore(fromWeek) && !s.weekStart.isAfter(week)).toList();
        Map<String, CustomerSignal> now = new LinkedHashMap<>();
        Map<String, CustomerSignal> before = new HashMap<>();
        for (CustomerSignal signal : recent) {
            if (signal.weekStart.equals(week)) {
                now.put(signal.metric, signal);
            } else {
                // Ordered by week: the last one kept is the latest earlier week with a value.
                before.put(signal.metric, signal);
            }
        }
        List<String> lines = new ArrayList<>();
        boolean worse = false;
        for (CustomerSignal current : now.values()) {
            CustomerSignal previous = before.get(current.metric);
            if (previous == null) {
                continue;
            }
            double from = previous.value.doubleValue();
            double to = current.value.doubleValue();
            double base = Math.max(Math.abs(from), 1e-9);
            if (Math.abs(to - from) / base < config.digestMove() || to == from) {
                continue;
            }
            boolean better = (to > from) == (Direction.of(current.direction) == Direction.HIGHER_IS_BETTER);
            worse |= !better;
            lines.add(texts.moved(texts.label(current.metric), number(from), number(to),
                    better ? texts.better() : texts.worse(), CustomerSignalView.isoWeek(week)));
        }
        if (!lines.isEmpty()) {
            strongestShown(teamId, trendFrom, reportedCycleDate).ifPresent(r -> lines.add(texts.association(
                    texts.indexName(r.employee()), texts.label(r.customer()), number(r.r()), number(r.ciLow()),
                    number(r.ciHigh()), r.commonCycles())));
        }
        return new CustomerDigest(texts.heading(), lines, worse);
    }

    /** The shown same-cycle relationship with the largest |r| whose interval excludes zero, if any. */
    private java.util.Optional<Relationship> strongestShown(UUID teamId, LocalDate from, LocalDate to) {
        return team(teamId, "", from, to).relationships().stream()
                .filter(r -> r.status() == RelationshipStatus.SHOWN && r.lag() == 0)
                .filter(r -> r.ciLow() > 0 || r.ciHigh() < 0)
                .max(java.util.Comparator.comparingDouble(r -> Math.abs(r.r())));
    }

    /** The customer metrics beside the given cycle dates (built-in metrics first, at most three), for charts. */
    @Transactional
    public List<CustomerChartSeries> chartSeries(UUID teamId, List<LocalDate> cycleDates, String locale) {
        if (cycleDates.isEmpty()) {
            return List.of();
        }
        CustomerWording texts = CustomerWording.of(locale);
        LocalDate first = cycleDates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = cycleDates.stream().max(LocalDate::compareTo).orElseThrow();
        Map<String, Map<LocalDate, CustomerSignal>> byMetric = new TreeMap<>(java.util.Comparator
                .comparing((String m) -> BuiltInMetric.of(m) == null ? 1 : 0).thenComparing(m -> m));
        for (CustomerSignal signal : CustomerSignal.current(teamId, weekOf(first), last)) {
            byMetric.computeIfAbsent(signal.metric, m -> new HashMap<>()).put(signal.weekStart, signal);
        }
        List<CustomerChartSeries> series = new ArrayList<>();
        for (Map.Entry<String, Map<LocalDate, CustomerSignal>> metric : byMetric.entrySet()) {
            Map<LocalDate, Double> values = new LinkedHashMap<>();
            String unit = null;
            for (LocalDate date : cycleDates) {
                CustomerSignal signal = metric.getValue().get(weekOf(date));
                if (signal != null) {
                    values.put(date, signal.value.doubleValue());
                    unit = signal.unit;
                }
            }
            if (!values.isEmpty() && series.size() < 3) {
                series.add(new CustomerChartSeries(texts.label(metric.getKey()), unit, values));
            }
        }
        return series;
    }

    static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Double round3(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }
}
