package io.pulsecheck.dashboard;

import java.util.List;

/**
 * The team page's customer voice, as display text: built only from the report
 * {@code GET /api/v1/teams/{id}/insights/customer-voice} answers ({@link io.pulsecheck.customers.CustomerVoice}).
 *
 * @param metrics display names of the customer metrics, in column order
 * @param rows one per check-in, oldest first
 * @param relationships every employee index × customer metric the report relates, in the report's order
 * @param note how to read the relationships (association, not cause)
 */
public record CustomerPanel(List<String> metrics, List<Row> rows, List<RelationshipRow> relationships, String note) {

    public boolean isEmpty() {
        return metrics.isEmpty();
    }

    /**
     * One check-in beside its ISO week's customer values.
     *
     * @param paired whether the check-in's numbers are shown; if not, {@code values} is empty
     * @param values the customer values in {@code metrics} order ("" where the week has none)
     */
    public record Row(String date, String week, boolean paired, List<String> values) {
    }

    /** An employee index and a customer metric: in the same check-in, and the customer metric one check-in later. */
    public record RelationshipRow(String employee, String customer, Correlation sameCycle, Correlation nextCycle) {
    }

    /**
     * One correlation: figures only when the report shows it, otherwise the reason.
     *
     * @param status the API's status ("shown", "not_enough_cycles", ...)
     * @param figures "r = 0.62, 95% interval 0.25 to 0.83, 20 check-ins", or null
     * @param reading what it means, or why nothing is shown
     */
    public record Correlation(String status, String figures, String reading) {
    }
}
