package io.pulsecheck.insights;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.pulsecheck.insights.InsightsQueries.ChoiceRow;
import io.pulsecheck.insights.InsightsQueries.CycleRow;
import io.pulsecheck.insights.InsightsQueries.DimensionRow;

/**
 * The statistics, options chosen and shown comments of a set of cycles, read once: of one team's cycles for its
 * report, or of every team's cycles for a digest run, so building many reports costs a few statements, not a few per
 * team. Only released cycles are read, and comments only of the cycles whose report shows them.
 */
final class ReportRows {

    private final Map<UUID, List<DimensionRow>> dimensions;
    private final Map<UUID, List<ChoiceRow>> choices;
    private final Map<UUID, List<String>> comments;
    private final Map<UUID, List<FreeTextInsights>> freeText;

    private ReportRows(List<DimensionRow> dimensions, List<ChoiceRow> choices, Map<UUID, List<String>> comments,
            Map<UUID, List<FreeTextInsights>> freeText) {
        // Grouping keeps each cycle's rows in the order they were read.
        this.dimensions = dimensions.stream().collect(Collectors.groupingBy(DimensionRow::groupId));
        this.choices = choices.stream().collect(Collectors.groupingBy(ChoiceRow::cycleId));
        this.comments = comments;
        this.freeText = freeText;
    }

    /**
     * Reads the rows of the cycles' released ones; with comments, also the comments and free-text answers each report
     * shows (free text of every released cycle that reached k; each question is shown under the comment threshold).
     */
    static ReportRows read(InsightsQueries queries, FreeTextAnswers freeTextAnswers, Collection<CycleRow> cycles,
            boolean withComments) {
        List<UUID> released = cycles.stream().filter(CycleRow::released).map(CycleRow::cycleId).toList();
        List<UUID> commented = withComments
                ? cycles.stream().filter(InsightsService::showsComments).map(CycleRow::cycleId).toList()
                : List.of();
        Map<UUID, Integer> freeTextCycles = new HashMap<>();
        if (withComments) {
            cycles.stream().filter(c -> c.released() && c.respondents() >= c.k())
                    .forEach(c -> freeTextCycles.put(c.cycleId(), c.commentK()));
        }
        return new ReportRows(queries.dimensionsByCycle(released), queries.choicesByCycle(released),
                queries.commentsByCycle(commented), freeTextAnswers.of(freeTextCycles));
    }

    /** The statistics of these cycles, cycle by cycle. */
    List<DimensionRow> dimensions(Collection<UUID> cycleIds) {
        return cycleIds.stream().flatMap(id -> dimensions.getOrDefault(id, List.of()).stream()).toList();
    }

    /** The options chosen in these cycles, cycle by cycle, each cycle's by dimension and option. */
    List<ChoiceRow> choices(Collection<UUID> cycleIds) {
        return cycleIds.stream().flatMap(id -> choices.getOrDefault(id, List.of()).stream()).toList();
    }

    /** The free-text answers of a released cycle that reached k, per question. */
    List<FreeTextInsights> freeText(UUID cycleId) {
        return freeText.getOrDefault(cycleId, List.of());
    }

    /** The comments of a cycle whose report shows them, in random (id) order. */
    List<String> comments(UUID cycleId) {
        return comments.getOrDefault(cycleId, List.of());
    }
}
