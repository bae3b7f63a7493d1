package io.pulsecheck.insights;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * CSV exports of aggregates only: one row per cell, empty numbers where a cell is not shown. A cycle that is not
 * released has no row: the export holds results, and an open check-in has none yet.
 */
final class InsightsCsv {

    private static final List<Index> INDICES = List.of(Index.values());

    private InsightsCsv() {
    }

    /**
     * One row per released cycle: the named indices, then the report's further dimensions (an index as value and
     * interval, a distribution as one percentage column per option, {@code workload_too_high}), so an export without
     * further dimensions keeps its columns; last the instrument the cycle asked and whether it starts a new series, as
     * values compare only within one instrument.
     */
    static String team(TeamInsights insights) {
        StringBuilder csv = new StringBuilder("team,cycle_date,status,respondents,participation");
        INDICES.forEach(i -> csv.append(',').append(i.dimension).append(',').append(i.dimension).append("_ci_low,")
                .append(i.dimension).append("_ci_high"));
        Map<String, SortedSet<String>> further = furtherColumns(insights);
        appendFurtherHeader(csv, further);
        csv.append(",instrument,series_start\r\n");
        for (CycleInsights cycle : insights.cycles()) {
            if (!cycle.released()) {
                continue;
            }
            csv.append(quote(insights.teamName())).append(',').append(cycle.cycleDate()).append(',')
                    .append((cycle.enoughResponses() ? MetricStatus.SHOWN : MetricStatus.NOT_ENOUGH_RESPONSES).wireName()).append(',')
                    .append(value(cycle.respondents())).append(',').append(value(cycle.participation().value()));
            INDICES.forEach(i -> appendMetric(csv, cycle.metric(i)));
            further.forEach((dimension, choices) -> appendFurther(csv, cycle.dimensions(), dimension, choices));
            csv.append(',').append(quote(cycle.instrument())).append(',').append(cycle.startsSeries());
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** The further dimensions of the report by name: null for an index, else every option any cycle shows. */
    private static Map<String, SortedSet<String>> furtherColumns(TeamInsights insights) {
        return furtherColumns(insights.cycles().stream().filter(CycleInsights::released)
                .map(CycleInsights::dimensions).toList());
    }

    /** The further dimensions of some rows by name: null for an index, else every option any row shows. */
    private static Map<String, SortedSet<String>> furtherColumns(List<List<DimensionInsights>> rows) {
        Map<String, SortedSet<String>> columns = new TreeMap<>();
        for (List<DimensionInsights> dimensions : rows) {
            if (dimensions == null) {
                continue;
            }
            for (DimensionInsights dimension : dimensions) {
                if (DimensionInsights.INDEX.equals(dimension.kind())) {
                    columns.putIfAbsent(dimension.dimension(), null);
                } else {
                    SortedSet<String> choices = columns.computeIfAbsent(dimension.dimension(), d -> new TreeSet<>());
                    if (dimension.shares() != null) {
                        dimension.shares().forEach(share -> choices.add(share.choice()));
                    }
                }
            }
        }
        return columns;
    }

    /** An index as value and interval columns, a distribution as one percentage column per option. */
    private static void appendFurtherHeader(StringBuilder csv, Map<String, SortedSet<String>> further) {
        further.forEach((dimension, choices) -> {
            if (choices == null) {
                csv.append(',').append(dimension).append(',').append(dimension).append("_ci_low,").append(dimension)
                        .append("_ci_high");
            } else {
                choices.forEach(choice -> csv.append(',').append(dimension).append('_').append(choice));
            }
        });
    }

    private static void appendFurther(StringBuilder csv, List<DimensionInsights> dimensions, String name,
            SortedSet<String> choices) {
        DimensionInsights dimension = dimensions == null ? null : dimensions.stream()
                .filter(d -> d.dimension().equals(name)).findFirst().orElse(null);
        if (choices == null) {
            appendMetric(csv, dimension == null || dimension.index() == null ? Metric.noData() : dimension.index());
            return;
        }
        for (String choice : choices) {
            Double share = dimension == null || dimension.shares() == null ? null : dimension.shares().stream()
                    .filter(s -> s.choice().equals(choice)).map(s -> s.share().value()).findFirst().orElse(0.0);
            csv.append(',').append(value(share));
        }
    }

    static String organisation(OrgInsights insights) {
        StringBuilder csv = new StringBuilder("kind,team_id,name,parent_id,from,to,status,respondents,participation");
        INDICES.forEach(i -> csv.append(',').append(i.dimension).append(',').append(i.dimension).append("_ci_low,")
                .append(i.dimension).append("_ci_high"));
        Map<String, SortedSet<String>> further = furtherColumns(insights.nodes().stream().map(OrgNode::dimensions)
                .toList());
        appendFurtherHeader(csv, further);
        csv.append("\r\n");
        for (OrgNode node : insights.nodes()) {
            csv.append(node.kind().wireName()).append(',').append(value(node.teamId())).append(',').append(quote(node.name()))
                    .append(',').append(value(node.parentId())).append(',').append(insights.from()).append(',')
                    .append(insights.to()).append(',').append(node.status().wireName()).append(',')
                    .append(value(node.respondents())).append(',').append(value(node.participation().value()));
            Function<Index, Metric> metric = i -> switch (i) {
                case WELLBEING -> node.wellbeing();
                case STRESS -> node.stress();
                case TRANSPARENCY -> node.transparency();
                case ENPS -> node.enps();
                case SAFETY -> node.safety();
            };
            INDICES.forEach(i -> appendMetric(csv, metric.apply(i)));
            further.forEach((dimension, choices) -> appendFurther(csv, node.dimensions(), dimension, choices));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static void appendMetric(StringBuilder csv, Metric metric) {
        csv.append(',').append(value(metric.value())).append(',').append(value(metric.ciLow())).append(',')
                .append(value(metric.ciHigh()));
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not evaluate names. */
    static String quote(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
