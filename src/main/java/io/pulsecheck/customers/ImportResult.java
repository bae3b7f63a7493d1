package io.pulsecheck.customers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerSignalImportResult", description = "What an import did. Re-sending the same rows changes nothing (all unchanged).")
public record ImportResult(
        @Schema(description = "Rows received", example = "104") int received,
        @Schema(description = "New team, week and metric combinations", example = "2") int created,
        @Schema(description = "Rows whose value differed from the current one: stored as the next version, the old one kept as history", example = "1") int corrected,
        @Schema(description = "Rows identical to the current version; nothing written", example = "101") int unchanged) {
}
