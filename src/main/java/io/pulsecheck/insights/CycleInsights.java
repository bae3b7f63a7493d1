package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One team and cycle: the report cell. Below the team's k it carries no numbers at all, not even the respondent count.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CycleInsights", description = "One cycle of a team. Below the anonymity threshold k it shows no numbers, only a message.")
public record CycleInsights(
        @Schema(description = "The cycle") UUID cycleId,
        @Schema(description = "The cycle's date, the only time anonymous answers carry") LocalDate cycleDate,
        @Schema(description = "open or closed") String cycleStatus,
        @Schema(description = "Whether at least k people answered") boolean enoughResponses,
        @Schema(description = "Why no numbers are shown", example = "not enough responses yet") String message,
        @Schema(description = "How many answered; absent below k") Long respondents,
        @Schema(description = "Respondents as a percentage of those asked, with a Wilson 95% interval") Metric participation,
        @Schema(description = "WHO-5 well-being index 0..100") Metric wellbeing,
        @Schema(description = "PSS-4 stress index 0..100, higher is more stress") Metric stress,
        @Schema(description = "Transparency index 0..100") Metric transparency,
        @Schema(description = "Employee net promoter score -100..100") Metric enps,
        @Schema(description = "shown, not_enough_comments or none") String commentsStatus,
        @Schema(description = "Anonymous comments, only when at least the comment threshold wrote one") List<String> comments) {

    public Metric metric(Index index) {
        return switch (index) {
            case WELLBEING -> wellbeing;
            case STRESS -> stress;
            case TRANSPARENCY -> transparency;
            case ENPS -> enps;
        };
    }
}
