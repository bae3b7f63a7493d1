package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One team and cycle: the report cell. Below the cycle's k it carries no numbers at all, not even the respondent count.
 * Until the cycle is released (closed and mixed) it carries no numbers either, only coarse participation. Its values
 * come from one instrument (the question set it asked); changes compare only cycles of the same series.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CycleInsights", description = "One cycle of a team. Until the check-in has closed (released false) it shows only whether k was reached and, once it was, participation rounded down to tens. Below the anonymity threshold k it shows no numbers, only a message.")
public record CycleInsights(
        @Schema(description = "The cycle") UUID cycleId,
        @Schema(description = "The cycle's date, the only time anonymous answers carry") LocalDate cycleDate,
        @Schema(description = "open or closed") String cycleStatus,
        @Schema(description = "Whether the cycle is closed and its answers released to reports; false: no value, no comment, no change") boolean released,
        @Schema(description = "Whether at least k people answered") boolean enoughResponses,
        @Schema(description = "Why no numbers are shown", example = "not enough responses yet") String message,
        @Schema(description = "How many answered; absent below k and until released") Long respondents,
        @Schema(description = "Respondents as a percentage of those invited when the cycle opened, with a Wilson 95% interval; until released status coarse, rounded down to tens") Metric participation,
        @Schema(description = "Well-being index 0..100 of the cycle's instrument: WHO-5 as raw sum x 4, a single mood item rescaled; compare only within one instrument") Metric wellbeing,
        @Schema(description = "Stress index 0..100 of the cycle's instrument (PSS-4 or a single stress item), higher is more stress; compare only within one instrument") Metric stress,
        @Schema(description = "Transparency index 0..100") Metric transparency,
        @Schema(description = "Employee net promoter score -100..100") Metric enps,
        @Schema(description = "Psychological safety index 0..100, higher is safer (speaking up, admitting mistakes, no fear of consequences or for one's job)") Metric safety,
        @Schema(description = "shown, not_enough_comments, none, or not_released until the check-in closes") CommentsStatus commentsStatus,
        @Schema(description = "Anonymous comments, only when released and at least the comment threshold wrote one") List<String> comments,
        @Schema(description = "The k in force when the cycle opened; it applies to this cycle for good", example = "5") int kThreshold,
        @Schema(description = "The comment threshold in force when the cycle opened", example = "5") int commentThreshold,
        @Schema(description = "Every further dimension the team's question sets collected in the range (trust, workload, recognition, custom ones), by name; the same list in every cycle of a report") List<DimensionInsights> dimensions,
        @Schema(description = "The instrument the cycle asked, which its values come from: a built-in set's key (who-5, pss-4, weekly-pulse, ...) or the id of the organisation's own set. Changes compare only cycles of the same instrument", example = "who-5") String instrument,
        @Schema(description = "Name of the question set version the cycle asked", example = "WHO-5 Well-Being Index") String instrumentName,
        @Schema(description = "Present and true when this cycle starts a new series: an earlier cycle of the report asked another instrument (or another shape of the same set), and no change compares across them") Boolean seriesStart,
        @Schema(description = "With seriesStart: the instrument the cycle before asked", example = "weekly-pulse") String previousInstrument,
        @Schema(description = "With seriesStart: the name of the question set version the cycle before asked", example = "Weekly pulse") String previousInstrumentName,
        @Schema(description = "Free-text answers per question of a released cycle that reached k, each shown only when at least the comment threshold answered it; absent otherwise") List<FreeTextInsights> freeText) {

    /** A cell without free-text answers (an unreleased cycle, one below k, or a series without texts). */
    public CycleInsights(UUID cycleId, LocalDate cycleDate, String cycleStatus, boolean released,
            boolean enoughResponses, String message, Long respondents, Metric participation, Metric wellbeing,
            Metric stress, Metric transparency, Metric enps, Metric safety, CommentsStatus commentsStatus,
            List<String> comments, int kThreshold, int commentThreshold, List<DimensionInsights> dimensions,
            String instrument, String instrumentName, Boolean seriesStart, String previousInstrument,
            String previousInstrumentName) {
        this(cycleId, cycleDate, cycleStatus, released, enoughResponses, message, respondents, participation,
                wellbeing, stress, transparency, enps, safety, commentsStatus, comments, kThreshold, commentThreshold,
                dimensions, instrument, instrumentName, seriesStart, previousInstrument, previousInstrumentName, null);
    }

    /** This cell with the free-text answers of its cycle. */
    public CycleInsights withFreeText(List<FreeTextInsights> answers) {
        return new CycleInsights(cycleId, cycleDate, cycleStatus, released, enoughResponses, message, respondents,
                participation, wellbeing, stress, transparency, enps, safety, commentsStatus, comments, kThreshold,
                commentThreshold, dimensions, instrument, instrumentName, seriesStart, previousInstrument,
                previousInstrumentName, answers);
    }

    /** Whether this cycle starts a new series (another instrument than the cycle before). */
    public boolean startsSeries() {
        return Boolean.TRUE.equals(seriesStart);
    }

    public Metric metric(Index index) {
        return switch (index) {
            case WELLBEING -> wellbeing;
            case STRESS -> stress;
            case TRANSPARENCY -> transparency;
            case ENPS -> enps;
            case SAFETY -> safety;
        };
    }
}
