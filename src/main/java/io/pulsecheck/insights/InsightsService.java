package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.insights.InsightsQueries.ChoiceRow;
import io.pulsecheck.insights.InsightsQueries.CycleRow;
import io.pulsecheck.insights.InsightsQueries.DimensionRow;
import io.pulsecheck.insights.InsightsQueries.TeamRow;

/** Turns SQL aggregates into report cells, applying the anonymity thresholds and confidence intervals. */
@ApplicationScoped
public class InsightsService {

    /** Teams whose reports one set of statements reads: with their latest cycles, a few thousand parameters. */
    static final int TEAMS_PER_READ = 1000;

    @Inject
    InsightsQueries queries;

    @Inject
    InsightsConfig config;

    @Inject
    FreeTextAnswers freeText;

    /** The team's latest cycles (at most the configured trend length) between the dates, oldest first. */
    @Transactional
    public TeamInsights team(UUID teamId, LocalDate from, LocalDate to) {
        TeamRow team = queries.activeTeam(teamId).orElseThrow(() -> ApiException.notFound("Team", teamId));
        List<CycleRow> cycles = queries.cycles(teamId, from, to, config.trendCycles());
        return report(team, from, to, cycles, ReportRows.read(queries, freeText, cycles, true));
    }

    /**
     * The reports of several teams over the same dates, each exactly as {@link #team} builds it, read in a few
     * statements for all of them (cycles, statistics, options chosen, comments) rather than a few per team: what a
     * digest run over every leader needs. Teams archived or unknown are left out.
     */
    @Transactional
    public Map<UUID, TeamInsights> teams(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        List<TeamRow> teams = queries.activeTeams(teamIds);
        Map<UUID, TeamInsights> reports = new LinkedHashMap<>();
        // In slices, so that no statement binds more cycle ids than PostgreSQL takes parameters.
        for (int start = 0; start < teams.size(); start += TEAMS_PER_READ) {
            List<TeamRow> slice = teams.subList(start, Math.min(teams.size(), start + TEAMS_PER_READ));
            Map<UUID, List<CycleRow>> cyclesByTeam = queries.cyclesOfTeams(
                    slice.stream().map(TeamRow::id).toList(), from, to, config.trendCycles());
            ReportRows rows = ReportRows.read(queries, freeText,
                    cyclesByTeam.values().stream().flatMap(List::stream).toList(), true);
            for (TeamRow team : slice) {
                reports.put(team.id(), report(team, from, to, cyclesByTeam.getOrDefault(team.id(), List.of()), rows));
            }
        }
        return reports;
    }

    private TeamInsights report(TeamRow team, LocalDate from, LocalDate to, List<CycleRow> cyclesNewestFirst,
            ReportRows rows) {
        return new TeamInsights(team.id(), team.name(), from, to, team.k(), team.commentK(),
                cells(cyclesNewestFirst, rows, true));
    }

    /**
     * The team's latest cycles (at most {@code limit}) between the dates, oldest first, as the team report shows them
     * (released cycles only with numbers, each under its frozen k) but without comments: the employee side of a
     * series set beside other signals, e.g. customer signals over a year.
     */
    @Transactional
    public List<CycleInsights> series(UUID teamId, LocalDate from, LocalDate to, int limit) {
        queries.activeTeam(teamId).orElseThrow(() -> ApiException.notFound("Team", teamId));
        List<CycleRow> cycles = queries.cycles(teamId, from, to, limit);
        return cells(cycles, ReportRows.read(queries, freeText, cycles, false), false);
    }

    private List<CycleInsights> cells(List<CycleRow> cyclesNewestFirst, ReportRows rows, boolean withComments) {
        List<CycleRow> cycles = new ArrayList<>(cyclesNewestFirst);
        Collections.reverse(cycles);
        // Only released cycles are aggregated; of the others not one answer is read.
        List<UUID> released = cycles.stream().filter(CycleRow::released).map(CycleRow::cycleId).toList();
        List<DimensionRow> dimensionRows = rows.dimensions(released);
        Map<UUID, Map<String, DimensionRow>> dimensions = dimensionRows.stream()
                .collect(Collectors.groupingBy(DimensionRow::groupId,
                        Collectors.toMap(DimensionRow::dimension, d -> d)));
        List<ChoiceRow> choiceRows = rows.choices(released);
        Map<UUID, List<ChoiceRow>> choices = choiceRows.stream().collect(Collectors.groupingBy(ChoiceRow::cycleId));
        // Every cycle of the report lists the same further dimensions, so a dimension missing in one cycle reads
        // no_data rather than disappearing from the trend.
        Map<String, String> furtherKinds = new TreeMap<>();
        dimensionRows.stream().map(DimensionRow::dimension).filter(d -> Index.ofDimension(d) == null)
                .forEach(d -> furtherKinds.put(d, DimensionInsights.INDEX));
        choiceRows.forEach(c -> furtherKinds.putIfAbsent(c.dimension(), DimensionInsights.DISTRIBUTION));

        List<CycleInsights> cells = new ArrayList<>();
        // A change compares only cycles of one series (instrument and shape of its set): per series, the previous
        // shown value of each index and further dimension.
        Map<String, Map<Index, DimensionRow>> previousShown = new HashMap<>();
        Map<String, Map<String, DimensionRow>> previousFurther = new HashMap<>();
        CycleRow previousCycle = null;
        for (CycleRow cycle : cycles) {
            String series = cycle.instrument().series();
            boolean seriesStart = previousCycle != null && !previousShown.containsKey(series);
            previousShown.putIfAbsent(series, new EnumMap<>(Index.class));
            previousFurther.putIfAbsent(series, new HashMap<>());
            CycleInsights cell;
            if (!cycle.released()) {
                cell = unreleasedCell(cycle, furtherKinds);
            } else {
                Map<String, DimensionRow> cycleDimensions = dimensions.getOrDefault(cycle.cycleId(), Map.of());
                cell = cell(cycle, cycleDimensions, previousShown.get(series),
                        withComments ? rows.comments(cycle.cycleId()) : null, furtherKinds);
                if (cell.enoughResponses()) {
                    cell = withFurther(cell, furtherDimensions(cycle, furtherKinds, cycleDimensions,
                            choices.getOrDefault(cycle.cycleId(), List.of()), previousFurther.get(series)));
                }
            }
            cell = withInstrument(cell, cycle, seriesStart ? previousCycle : null);
            if (withComments && cycle.released() && cell.enoughResponses()) {
                // Shown like comments: released, k reached, each question under the comment threshold.
                cell = cell.withFreeText(rows.freeText(cycle.cycleId()));
            }
            cells.add(cell);
            previousCycle = cycle;
        }
        return cells;
    }

    /**
     * Whether the cycle's comments are shown: released, at least k answered, and at least the comment threshold
     * commented. Comments of any other cycle are never read.
     */
    static boolean showsComments(CycleRow cycle) {
        return cycle.released() && cycle.respondents() >= cycle.k() && cycle.comments() > 0
                && cycle.comments() >= cycle.commentK();
    }

    /** The further dimensions of a released cycle that reached k: each under the cycle's k on its own count. */
    private static List<DimensionInsights> furtherDimensions(CycleRow cycle, Map<String, String> kinds,
            Map<String, DimensionRow> rows, List<ChoiceRow> choices, Map<String, DimensionRow> previousShown) {
        List<DimensionInsights> further = new ArrayList<>();
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            String dimension = kind.getKey();
            if (DimensionInsights.INDEX.equals(kind.getValue())) {
                further.add(DimensionInsights.index(dimension,
                        indexMetric(0, 100, cycle.k(), rows.get(dimension), dimension, previousShown)));
            } else {
                further.add(distribution(cycle.k(), dimension,
                        choices.stream().filter(c -> c.dimension().equals(dimension)).toList()));
            }
        }
        return further;
    }

    /**
     * A single-choice dimension as shares of its options. A response chooses one option, so the dimension's count is
     * the sum over its options; below k no share is shown, as no index would be.
     */
    private static DimensionInsights distribution(int k, String dimension, List<ChoiceRow> choices) {
        long n = choices.stream().mapToLong(ChoiceRow::n).sum();
        if (n == 0) {
            return DimensionInsights.distribution(dimension, MetricStatus.NO_DATA, null, null);
        }
        if (n < k) {
            return DimensionInsights.distribution(dimension, MetricStatus.NOT_ENOUGH_RESPONSES, null, null);
        }
        List<DimensionInsights.ChoiceShare> shares = choices.stream()
                .map(c -> new DimensionInsights.ChoiceShare(c.choice(), Metric.participation(c.n(), n))).toList();
        return DimensionInsights.distribution(dimension, MetricStatus.SHOWN, n, shares);
    }

    /** An index under k with its change since the previous cycle that showed it. */
    private static <K> Metric indexMetric(double min, double max, int k, DimensionRow row, K key,
            Map<K, DimensionRow> previousShown) {
        if (row == null) {
            return Metric.noData();
        }
        if (row.n() < k) {
            // Rotation can leave a dimension with fewer answers than the cycle has respondents.
            return Metric.notEnough();
        }
        Metric metric = Metric.mean(min, max, row.n(), row.mean(), row.sd());
        DimensionRow previous = previousShown.get(key);
        if (previous != null) {
            metric = metric.withChange(row.mean() - previous.mean(), Stats.significantChange(previous.n(),
                    previous.mean(), previous.sd(), row.n(), row.mean(), row.sd()));
        }
        previousShown.put(key, row);
        return metric;
    }

    private static List<DimensionInsights> hiddenFurther(Map<String, String> kinds, Metric reason) {
        return kinds.entrySet().stream().map(e -> DimensionInsights.hidden(e.getKey(), e.getValue(), reason)).toList();
    }

    private static CycleInsights withFurther(CycleInsights c, List<DimensionInsights> further) {
        return new CycleInsights(c.cycleId(), c.cycleDate(), c.cycleStatus(), c.released(), c.enoughResponses(),
                c.message(), c.respondents(), c.participation(), c.wellbeing(), c.stress(), c.transparency(), c.enps(),
                c.safety(), c.commentsStatus(), c.comments(), c.kThreshold(), c.commentThreshold(), further, null, null,
                null, null, null);
    }

    /** The cell labelled with its instrument; {@code before} is the cycle before when this one starts a series. */
    private static CycleInsights withInstrument(CycleInsights c, CycleRow cycle, CycleRow before) {
        return new CycleInsights(c.cycleId(), c.cycleDate(), c.cycleStatus(), c.released(), c.enoughResponses(),
                c.message(), c.respondents(), c.participation(), c.wellbeing(), c.stress(), c.transparency(), c.enps(),
                c.safety(), c.commentsStatus(), c.comments(), c.kThreshold(), c.commentThreshold(), c.dimensions(),
                cycle.instrument().key(), cycle.instrument().name(), before == null ? null : Boolean.TRUE,
                before == null ? null : before.instrument().key(), before == null ? null : before.instrument().name());
    }

    /**
     * A cycle that is not released: whether its k is reached and then participation rounded down to tens. Everything
     * else is fixed, whatever was answered, so consecutive reads reveal nothing of a single answer.
     */
    private static CycleInsights unreleasedCell(CycleRow cycle, Map<String, String> furtherKinds) {
        boolean enough = cycle.respondents() >= cycle.k();
        Metric participation = enough ? Metric.coarseParticipation(cycle.respondents(), cycle.invited())
                : Metric.notEnough();
        Metric hidden = Metric.notReleased();
        return new CycleInsights(cycle.cycleId(), cycle.cycleDate(), cycle.status(), false, enough,
                Metric.NOT_RELEASED_MESSAGE, null, participation, hidden, hidden, hidden, hidden, hidden,
                CommentsStatus.NOT_RELEASED, null, cycle.k(), cycle.commentK(), hiddenFurther(furtherKinds, hidden), null, null,
                null, null, null);
    }

    /** A released cycle, under the thresholds frozen on it when it opened. */
    private CycleInsights cell(CycleRow cycle, Map<String, DimensionRow> dimensions,
            Map<Index, DimensionRow> previousShown, List<String> shownComments, Map<String, String> furtherKinds) {
        if (cycle.respondents() < cycle.k()) {
            Metric hidden = cycle.respondents() == 0 ? Metric.noData() : Metric.notEnough();
            return new CycleInsights(cycle.cycleId(), cycle.cycleDate(), cycle.status(), true, false,
                    Metric.NOT_ENOUGH_MESSAGE, null, hidden, hidden, hidden, hidden, hidden, hidden, null, null, cycle.k(),
                    cycle.commentK(), hiddenFurther(furtherKinds, hidden), null, null, null, null, null);
        }
        Map<Index, Metric> metrics = new EnumMap<>(Index.class);
        for (Index index : Index.values()) {
            metrics.put(index, indexMetric(index.min, index.max, cycle.k(), dimensions.get(index.dimension), index,
                    previousShown));
        }
        CommentsStatus commentsStatus;
        List<String> comments = null;
        if (cycle.comments() == 0) {
            commentsStatus = CommentsStatus.NONE;
        } else if (cycle.comments() < cycle.commentK()) {
            commentsStatus = CommentsStatus.NOT_ENOUGH_COMMENTS;
        } else {
            commentsStatus = CommentsStatus.SHOWN;
            comments = shownComments;
        }
        return new CycleInsights(cycle.cycleId(), cycle.cycleDate(), cycle.status(), true, true, null,
                cycle.respondents(), Metric.participation(cycle.respondents(), cycle.invited()),
                metrics.get(Index.WELLBEING), metrics.get(Index.STRESS), metrics.get(Index.TRANSPARENCY),
                metrics.get(Index.ENPS), metrics.get(Index.SAFETY), commentsStatus, comments, cycle.k(), cycle.commentK(),
                List.of(), null, null, null, null, null);
    }

    /** Every team's own cell, every department roll-up and the organisation, over the date range. */
    @Transactional
    public OrgInsights organisation(LocalDate from, LocalDate to, int orgK) {
        List<TeamRow> teams = queries.activeTeams();
        Map<String, Aggregate> aggregates = new HashMap<>();
        for (InsightsQueries.OrgRow row : queries.orgAggregates(from, to)) {
            Aggregate aggregate = aggregates.computeIfAbsent(row.scope() + ":" + row.teamId(), key -> new Aggregate());
            if ("respondents".equals(row.metric())) {
                aggregate.respondents = row.n();
                aggregate.invited = row.invited();
                aggregate.maxK = row.maxK();
            } else if (Index.ofDimension(row.metric()) != null) {
                aggregate.dimensions.put(Index.ofDimension(row.metric()), row);
            } else {
                aggregate.further.put(row.metric(), row);
            }
        }
        for (InsightsQueries.OrgChoiceRow row : queries.orgChoices(from, to)) {
            aggregates.computeIfAbsent(row.scope() + ":" + row.teamId(), key -> new Aggregate()).choices
                    .computeIfAbsent(row.dimension(), d -> new TreeMap<>()).put(row.choice(), row.n());
        }
        OrgTree tree = new OrgTree(teams, aggregates, orgK);
        return new OrgInsights(from, to, orgK, tree.nodes());
    }

    /**
     * Respondents, invitations and the statistics of one group: per named index, per further numeric dimension
     * (trust, recognition, custom ones) and, per single-choice dimension, the responses that chose each option.
     */
    static final class Aggregate {
        long respondents;
        long invited;
        /** The highest k frozen on the cycles counted; a group is never judged by a lower one. */
        int maxK;
        final Map<Index, InsightsQueries.OrgRow> dimensions = new EnumMap<>(Index.class);
        final Map<String, InsightsQueries.OrgRow> further = new TreeMap<>();
        final Map<String, Map<String, Long>> choices = new TreeMap<>();

        long count(Index index) {
            InsightsQueries.OrgRow row = dimensions.get(index);
            return row == null ? 0 : row.n();
        }

        /** Responses that answered a further dimension: its count, or for a single choice the sum over its options. */
        long count(String dimension) {
            InsightsQueries.OrgRow row = further.get(dimension);
            if (row != null) {
                return row.n();
            }
            Map<String, Long> options = choices.get(dimension);
            return options == null ? 0 : options.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
