package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One team and cycle: the report cell. Below the cycle's k it carries no numbers at all, not even the respondent count.
 * Until the cycle is released (closed and mixed) it carries no numbers either, only coarse participation.
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
        @Schema(description = "WHO-5 well-being index 0..100") Metric wellbeing,
        @Schema(description = "PSS-4 stress index 0..100, higher is more stress") Metric stress,
        @Schema(description = "Transparency index 0..100") Metric transparency,
        @Schema(description = "Employee net promoter score -100..100") Metric enps,
        @Schema(description = "Psychological safety index 0..100, higher is safer (speaking up, admitting mistakes, no fear of consequences or for one's job)") Metric safety,
        @Schema(description = "shown, not_enough_comments, none, or not_released until the check-in closes") CommentsStatus commentsStatus,
        @Schema(description = "Anonymous comments, only when released and at least the comment threshold wrote one") List<String> comments,
        @Schema(description = "The k in force when the cycle opened; it applies to this cycle for good", example = "5") int kThreshold,
        @Schema(description = "The comment threshold in force when the cycle opened", example = "5") int commentThreshold,
        @Schema(description = "Every further dimension the team's question sets collected in the range (trust, workload, recognition, custom ones), by name; the same list in every cycle of a report") List<DimensionInsights> dimensions,
        @Schema(description = "Free-text answers per question of a released cycle that reached k, each shown only when at least the comment threshold answered it; absent otherwise") List<FreeTextInsights> freeText) {

    /** A cell without free-text answers (an unreleased cycle, one below k, or a series without texts). */
    public CycleInsights(UUID cycleId, LocalDate cycleDate, String cycleStatus, boolean released,
            boolean enoughResponses, String message, Long respondents, Metric participation, Metric wellbeing,
            Metric stress, Metric transparency, Metric enps, Metric safety, CommentsStatus commentsStatus,
            List<String> comments, int kThreshold, int commentThreshold, List<DimensionInsights> dimensions) {
        this(cycleId, cycleDate, cycleStatus, released, enoughResponses, message, respondents, participation,
                wellbeing, stress, transparency, enps, safety, commentsStatus, comments, kThreshold, commentThreshold,
                dimensions, null);
    }

    /** This cell with the free-text answers of its cycle. */
    public CycleInsights withFreeText(List<FreeTextInsights> answers) {
        return new CycleInsights(cycleId, cycleDate, cycleStatus, released, enoughResponses, message, respondents,
                participation, wellbeing, stress, transparency, enps, safety, commentsStatus, comments, kThreshold,
                commentThreshold, dimensions, answers);
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
