package io.pulsecheck.customers;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of a JSON import, as documented in OpenAPI. The resource reads the body field by field (so that a field
 * naming a person is refused with its own reason instead of "unknown"), with exactly these fields.
 */
@Schema(name = "CustomerSignalEntry", description = "One team aggregate for one ISO week. Give week or date (any day of the week). Custom metrics need unit and direction. Any other field is refused; fields that look like a person's identity (email, name, ids) are refused as such.")
public record CustomerSignalEntry(
        @Schema(description = "ISO week", example = "2026-W05") String week,
        @Schema(description = "A day of the week instead of week", example = "2026-01-26") String date,
        @Schema(description = "csat (1-5 mean), nps (-100..100), fcr (first-contact resolution, %), complaints (count), aht (average handling time, seconds) or a custom name [a-z][a-z0-9_]{1,39}", example = "csat") String metric,
        @Schema(description = "The week's aggregate", example = "4.21") BigDecimal value,
        @Schema(description = "How many surveys, contacts or cases the value comes from", example = "412") Long sampleSize,
        @Schema(description = "Custom metrics only (built-ins have a fixed unit)", example = "%") String unit,
        @Schema(description = "Custom metrics only: higher_is_better or lower_is_better", example = "lower_is_better") String direction) {

    /** The body of a JSON import. */
    @Schema(name = "CustomerSignalImport", description = "Rows to import, all or nothing.")
    public record Batch(@Schema(description = "The rows") List<CustomerSignalEntry> signals) {
    }
}
