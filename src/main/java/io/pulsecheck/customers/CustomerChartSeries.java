package io.pulsecheck.customers;

import java.time.LocalDate;
import java.util.Map;

/**
 * One customer metric for a chart, on the check-in cycles' time axis.
 *
 * @param label display name in the reader's language ("Beschwerden")
 * @param unit the metric's unit, for the axis
 * @param byCycleDate the metric's value in the ISO week of each cycle date that has one
 */
public record CustomerChartSeries(String label, String unit, Map<LocalDate, Double> byCycleDate) {
}
