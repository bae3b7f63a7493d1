package io.pulsecheck.digest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReassuranceSuggestion", description = "One suggestion of the reassurance catalogue; built-in ones have a name as id and cannot be changed.")
public record ReassuranceEntryView(
        @Schema(description = "A name for built-in suggestions, a UUID for those HR added") String id,
        @Schema(description = "true for the curated built-in suggestions") boolean builtIn,
        List<String> signals,
        Map<String, String> text) {

    static ReassuranceEntryView of(ReassuranceEntry entry) {
        return new ReassuranceEntryView(entry.id.toString(), false, entry.signalKeys(),
                Map.of("en", entry.textEn, "de", entry.textDe));
    }

    static ReassuranceEntryView of(ReassuranceCatalogue.Suggestion suggestion) {
        return new ReassuranceEntryView(suggestion.id(), true, suggestion.signals(), suggestion.text());
    }
}
