package io.pulsecheck.dashboard;

import java.util.List;

/**
 * The organisation view for HR: the API's organisation report as display text.
 *
 * @param dimensions display names of the further dimensions, in the order of every row's {@code dimensions}; empty
 *        when no team's set collected one
 */
public record OrgPage(String intro, List<Row> rows, List<String> dimensions) {

    /** The organisation, a department roll-up or a team; {@code teamId} is null for the organisation. */
    public record Row(String kind, String teamId, String name, String answers, TeamPage.Cell participation,
            TeamPage.Cell wellbeing, TeamPage.Cell stress, TeamPage.Cell transparency, TeamPage.Cell enps,
            List<Dimension> dimensions) {
    }

    /**
     * One further dimension of a row: an index cell, the shares of a single choice, or only why nothing is shown.
     *
     * @param key the API's dimension name ({@code trust}, {@code workload}, ...)
     */
    public record Dimension(String key, TeamPage.Cell index, List<Share> shares, String note) {
    }

    /** One option of a single-choice dimension: its label and its percentage with interval. */
    public record Share(String choice, String label, TeamPage.Cell share) {
    }
}
