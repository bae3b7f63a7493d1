package io.pulsecheck.dashboard;

import java.util.List;
import java.util.UUID;

/**
 * What one team's page shows, as display text: built only from the team report the API answers
 * ({@link io.pulsecheck.insights.TeamInsights}), the customer-voice report beside it, the digest's suggestions and the
 * recorded actions.
 */
public record TeamPage(UUID teamId, String teamName, List<CycleRow> cycles, CustomerPanel customer,
        String commentsHeading, List<String> comments, String commentsNote, List<String> suggestions,
        List<ActionRow> actions, String freeTextHeading, List<FreeText> freeText, List<String> dimensions) {

    /** The free-text answers to one question of the latest released check-in, or why they are not shown. */
    public record FreeText(String question, List<String> answers, String note) {
    }

    /**
     * One check-in of the trend table; {@code seriesNote} says when it starts a new series (another instrument than
     * the check-in before), else null; {@code dimensions} are the set's further dimensions (trust, recognition,
     * workload, custom ones) in the order of the page's {@code dimensions}, as the API shows them.
     */
    public record CycleRow(String date, boolean released, String status, Cell participation, Cell wellbeing,
            Cell stress, Cell transparency, Cell enps, String seriesNote, List<OrgPage.Dimension> dimensions) {
    }

    /**
     * One number with its interval and change, or only a note when it is not shown.
     *
     * @param value the number as the API gives it ("62.4"), or null
     * @param interval "55.1–69.7", or null
     * @param change "↓ -4.2 larger than noise", or null
     * @param note why no number is shown, or null
     */
    public record Cell(String value, String interval, String change, String note) {
    }

    /** A recorded "you said, we did" action. */
    public record ActionRow(UUID id, String description, String recordedOn, boolean announced) {
    }
}
