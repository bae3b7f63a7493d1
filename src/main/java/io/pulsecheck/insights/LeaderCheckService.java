package io.pulsecheck.insights;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.insights.LeaderCheckQueries.CohortRow;
import io.pulsecheck.insights.LeaderCheckQueries.DimensionSums;

/**
 * Builds the leaders' check report. A round is shown as a whole only when at least k leaders answered (k: the
 * organisation's threshold frozen on the round's cycles, the highest of them). A cohort is shown only when it reaches
 * k itself and the leaders not shown in any cohort (the round's whole minus every shown cohort) are none or at least
 * k; otherwise the smallest shown cohort is withheld until that holds, so no subtraction of shown numbers isolates
 * fewer than k leaders. The same guard runs per dimension on that dimension's counts.
 */
@ApplicationScoped
public class LeaderCheckService {

    /** A leaders' check runs every few weeks at most: a year shows a trend. */
    static final Period DEFAULT_WINDOW = Period.ofYears(1);

    static final String ORGANISATION = "organisation";
    static final String DEPARTMENT = "department";

    @Inject
    LeaderCheckQueries queries;

    /** The released rounds with a date in the range, of one leaders' schedule or (null) of all. */
    @Transactional
    public LeaderCheckReport report(LocalDate from, LocalDate to, UUID scheduleId) {
        List<CohortRow> rows = queries.releasedCohorts(from, to, scheduleId);
        Map<UUID, Map<String, DimensionSums>> dimensions = new HashMap<>();
        for (DimensionSums sums : queries.dimensions(rows.stream().map(CohortRow::cycleId).toList())) {
            dimensions.computeIfAbsent(sums.cycleId(), c -> new HashMap<>()).put(sums.dimension(), sums);
        }
        Map<List<Object>, List<CohortRow>> rounds = new LinkedHashMap<>();
        for (CohortRow row : rows) {
            rounds.computeIfAbsent(List.of(row.scheduleId(), row.cycleDate()), key -> new ArrayList<>()).add(row);
        }
        return new LeaderCheckReport(from, to,
                rounds.values().stream().map(cohorts -> round(cohorts, dimensions)).toList());
    }

    private static LeaderCheckReport.Round round(List<CohortRow> cohorts,
            Map<UUID, Map<String, DimensionSums>> dimensions) {
        CohortRow first = cohorts.get(0);
        int k = cohorts.stream().mapToInt(CohortRow::k).max().orElseThrow();
        long respondents = cohorts.stream().mapToLong(CohortRow::respondents).sum();
        long invited = cohorts.stream().mapToLong(CohortRow::invited).sum();
        Map<String, DimensionSums> whole = new HashMap<>();
        Set<String> names = new TreeSet<>();
        for (CohortRow cohort : cohorts) {
            dimensions.getOrDefault(cohort.cycleId(), Map.of()).forEach((name, sums) -> {
                names.add(name);
                whole.merge(name, sums, LeaderCheckService::add);
            });
        }
        boolean wholeShown = respondents > 0 && respondents >= k;
        LeaderCheckReport.Cell leaders = wholeShown
                ? cell(null, null, respondents, invited, names, whole, names, k)
                : hidden(null, null, MetricStatus.NOT_ENOUGH_RESPONSES);

        Map<UUID, Long> parts = new LinkedHashMap<>();
        cohorts.forEach(cohort -> parts.put(cohort.cohortId(), cohort.respondents()));
        Set<UUID> shown = wholeShown ? shownParts(respondents, parts, k) : Set.of();
        Map<String, Set<UUID>> shownPerDimension = new HashMap<>();
        for (String name : names) {
            Map<UUID, Long> counts = new LinkedHashMap<>();
            for (CohortRow cohort : cohorts) {
                DimensionSums sums = dimensions.getOrDefault(cohort.cycleId(), Map.of()).get(name);
                if (shown.contains(cohort.cohortId()) && sums != null) {
                    counts.put(cohort.cohortId(), sums.n());
                }
            }
            shownPerDimension.put(name, shownParts(whole.get(name).n(), counts, k));
        }

        List<LeaderCheckReport.Cell> cells = new ArrayList<>();
        for (CohortRow cohort : cohorts) {
            if (!shown.contains(cohort.cohortId())) {
                cells.add(hidden(cohort.cohortId(), cohort.cohortName(), wholeShown && cohort.respondents() >= k
                        ? MetricStatus.SUPPRESSED_DIFFERENCING : MetricStatus.NOT_ENOUGH_RESPONSES));
                continue;
            }
            Set<String> shownNames = new HashSet<>();
            names.forEach(name -> {
                if (shownPerDimension.get(name).contains(cohort.cohortId())) {
                    shownNames.add(name);
                }
            });
            cells.add(cell(cohort.cohortId(), cohort.cohortName(), cohort.respondents(), cohort.invited(), names,
                    dimensions.getOrDefault(cohort.cycleId(), Map.of()), shownNames, k));
        }
        return new LeaderCheckReport.Round(first.scheduleId(), first.cycleDate(),
                first.nodeId() == null ? ORGANISATION : DEPARTMENT, first.nodeId(), first.nodeName(), leaders, cells);
    }

    /** A {@code scheduleId} query parameter; a malformed one is a problem naming it. */
    static UUID scheduleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("scheduleId", "must be a UUID");
        }
    }

    /**
     * Which parts of a whole may be shown: each reaches k, and the rest (the whole minus every shown part) is zero or
     * at least k; the smallest part is withheld until that holds. With the rest at zero or k or more, subtracting any
     * shown part, or all of them, from the whole leaves zero or at least k as well.
     */
    static Set<UUID> shownParts(long whole, Map<UUID, Long> parts, int k) {
        if (whole < k) {
            return Set.of();
        }
        List<Map.Entry<UUID, Long>> candidates = new ArrayList<>(parts.entrySet().stream()
                .filter(part -> part.getValue() >= k).toList());
        candidates.sort(Comparator.comparing((Map.Entry<UUID, Long> part) -> part.getValue())
                .thenComparing(part -> part.getKey()));
        long rest = whole - candidates.stream().mapToLong(Map.Entry::getValue).sum();
        while (!candidates.isEmpty() && rest > 0 && rest < k) {
            rest += candidates.remove(0).getValue();
        }
        Set<UUID> shown = new HashSet<>();
        candidates.forEach(part -> shown.add(part.getKey()));
        return shown;
    }

    private static LeaderCheckReport.Cell cell(UUID teamId, String name, long respondents, long invited,
            Set<String> names, Map<String, DimensionSums> sums, Set<String> shownNames, int k) {
        List<LeaderCheckReport.Dimension> shownDimensions = new ArrayList<>();
        for (String dimension : names) {
            DimensionSums s = sums.get(dimension);
            Metric index;
            if (s == null) {
                index = Metric.noData();
            } else if (s.n() < k) {
                index = Metric.notEnough();
            } else if (!shownNames.contains(dimension)) {
                index = Metric.differencing();
            } else {
                index = Metric.mean(dimension.equals("enps") ? -100 : 0, 100, s.n(), s.sum() / s.n(), sd(s));
            }
            shownDimensions.add(new LeaderCheckReport.Dimension(dimension, index));
        }
        shownDimensions.sort(Comparator.comparing(LeaderCheckReport.Dimension::dimension));
        return new LeaderCheckReport.Cell(teamId, name, MetricStatus.SHOWN, respondents,
                Metric.participation(respondents, invited), shownDimensions, null);
    }

    private static LeaderCheckReport.Cell hidden(UUID teamId, String name, MetricStatus status) {
        return new LeaderCheckReport.Cell(teamId, name, status, null, null, null,
                status == MetricStatus.NOT_ENOUGH_RESPONSES ? Metric.NOT_ENOUGH_MESSAGE
                        : "not shown: it would reveal a group smaller than the anonymity threshold");
    }

    /** Sample standard deviation from count, sum and sum of squares (null for one value). */
    private static Double sd(DimensionSums s) {
        if (s.n() < 2) {
            return null;
        }
        return Math.sqrt(Math.max(0, (s.sumSq() - s.sum() * s.sum() / s.n()) / (s.n() - 1)));
    }

    private static DimensionSums add(DimensionSums a, DimensionSums b) {
        return new DimensionSums(null, a.dimension(), a.n() + b.n(), a.sum() + b.sum(), a.sumSq() + b.sumSq());
    }
}
