package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The leaders' own well-being check: per released round (a leaders' schedule and date) the aggregate of every leader
 * it asked and, where k and the differencing guard allow, of each cohort (the department a leader leads in).
 */
@Schema(name = "LeaderCheckReport", description = "The leaders' own check-ins, only as aggregates of at least k leaders.")
public record LeaderCheckReport(
        @Schema(description = "First cycle date of the range") LocalDate from,
        @Schema(description = "Last cycle date of the range") LocalDate to,
        @Schema(description = "Released rounds, newest first; an open round is not listed") List<Round> rounds) {

    /**
     * One round of a leaders' schedule.
     *
     * @param scope {@code organisation} (every leader) or {@code department} (the leaders under {@code teamId})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LeaderCheckRound", description = "One leaders' check-in: all leaders asked, and each cohort where it may be shown.")
    public record Round(
            UUID scheduleId,
            LocalDate cycleDate,
            @Schema(description = "organisation or department", example = "organisation") String scope,
            @Schema(description = "The department whose leaders were asked; absent for the organisation") UUID teamId,
            @Schema(description = "Its name; absent for the organisation") String name,
            @Schema(description = "Every leader the round asked") Cell leaders,
            @Schema(description = "Per cohort: the branch below the department (or a root team of the organisation) whose teams the leaders lead") List<Cell> cohorts) {
    }

    /**
     * An aggregate of leaders: numbers only when at least k answered and no subtraction from the round's whole leaves
     * a group of 1..k-1.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LeaderCheckCell", description = "An aggregate of leaders, or only its status below k or under the differencing guard.")
    public record Cell(
            @Schema(description = "The cohort; absent for the round's whole") UUID teamId,
            @Schema(description = "The cohort's name; absent for the round's whole") String name,
            @Schema(description = "shown, not_enough_responses or suppressed_differencing") MetricStatus status,
            @Schema(description = "How many leaders answered; absent unless shown") Long respondents,
            @Schema(description = "Leaders who answered of those asked, in percent; absent unless shown") Metric participation,
            @Schema(description = "Per numeric dimension of the question set: its index 0..100 (eNPS -100..100); absent unless shown") List<Dimension> dimensions,
            @Schema(description = "Why nothing is shown") String message) {
    }

    /** One dimension's index in a cell. */
    @Schema(name = "LeaderCheckDimension")
    public record Dimension(
            @Schema(example = "leader_wellbeing") String dimension,
            Metric index) {
    }
}
