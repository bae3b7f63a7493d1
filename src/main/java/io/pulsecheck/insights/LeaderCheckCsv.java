package io.pulsecheck.insights;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The leaders' check as CSV: one row per round's whole and per cohort, one column triple per dimension. */
final class LeaderCheckCsv {

    private LeaderCheckCsv() {
    }

    static String of(LeaderCheckReport report) {
        SortedSet<String> dimensions = new TreeSet<>();
        for (LeaderCheckReport.Round round : report.rounds()) {
            collect(dimensions, round.leaders());
            round.cohorts().forEach(cohort -> collect(dimensions, cohort));
        }
        StringBuilder csv = new StringBuilder(
                "schedule_id,cycle_date,scope,team_id,name,cohort_id,cohort_name,status,respondents,participation");
        dimensions.forEach(d -> csv.append(',').append(d).append(',').append(d).append("_ci_low,").append(d)
                .append("_ci_high"));
        csv.append("\r\n");
        for (LeaderCheckReport.Round round : report.rounds()) {
            row(csv, round, round.leaders(), dimensions);
            round.cohorts().forEach(cohort -> row(csv, round, cohort, dimensions));
        }
        return csv.toString();
    }

    private static void collect(SortedSet<String> dimensions, LeaderCheckReport.Cell cell) {
        if (cell.dimensions() != null) {
            cell.dimensions().forEach(d -> dimensions.add(d.dimension()));
        }
    }

    private static void row(StringBuilder csv, LeaderCheckReport.Round round, LeaderCheckReport.Cell cell,
            SortedSet<String> dimensions) {
        csv.append(round.scheduleId()).append(',').append(round.cycleDate()).append(',').append(round.scope())
                .append(',').append(value(round.teamId())).append(',').append(InsightsCsv.quote(round.name()))
                .append(',').append(value(cell.teamId())).append(',').append(InsightsCsv.quote(cell.name()))
                .append(',').append(cell.status().wireName()).append(',').append(value(cell.respondents()))
                .append(',').append(value(cell.participation() == null ? null : cell.participation().value()));
        List<LeaderCheckReport.Dimension> shown = cell.dimensions() == null ? List.of() : cell.dimensions();
        for (String dimension : dimensions) {
            Metric metric = shown.stream().filter(d -> d.dimension().equals(dimension)).map(LeaderCheckReport.Dimension::index)
                    .findFirst().orElse(Metric.noData());
            csv.append(',').append(value(metric.value())).append(',').append(value(metric.ciLow())).append(',')
                    .append(value(metric.ciHigh()));
        }
        csv.append("\r\n");
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }
}
