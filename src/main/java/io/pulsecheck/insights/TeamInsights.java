package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamInsights", description = "A team's indices per cycle (at most the last 12 in the range, oldest first), with trends.")
public record TeamInsights(
        @Schema(description = "The team") UUID teamId,
        @Schema(description = "The team's name") String teamName,
        @Schema(description = "First cycle date included") LocalDate from,
        @Schema(description = "Last cycle date included") LocalDate to,
        @Schema(description = "The team's k today: cycles opening from now on keep it; each cycle carries its own", example = "5") int kThreshold,
        @Schema(description = "The team's comment threshold today, for cycles opening from now on", example = "5") int commentThreshold,
        @Schema(description = "Cycles, oldest first; each change compares with the previous shown cycle") List<CycleInsights> cycles) {

    /** The newest released cycle, if any: the newest one whose answers may be reported. */
    public CycleInsights latestReleased() {
        for (int i = cycles.size() - 1; i >= 0; i--) {
            if (cycles.get(i).released()) {
                return cycles.get(i);
            }
        }
        return null;
    }

    /**
     * The cycle of this report where the given cycle's series began after another instrument, or null when its series
     * runs from the start of the report: "new series since ...".
     */
    public CycleInsights seriesStartOf(CycleInsights cycle) {
        int at = cycles.indexOf(cycle);
        for (int i = at; i >= 0; i--) {
            CycleInsights earlier = cycles.get(i);
            if (java.util.Objects.equals(earlier.instrument(), cycle.instrument()) && earlier.startsSeries()) {
                return earlier;
            }
        }
        return null;
    }
}
