package io.pulsecheck.digest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReassuranceEntry", description = "A reassurance suggestion for leaders, chosen when one of its signals appears in the team's last released check-in.")
public record ReassuranceEntryRequest(
        @Schema(description = "Signals it answers: wellbeing_drop, stress_rise, transparency_drop, low_participation, steady, action_due", example = "[\"transparency_drop\"]") List<String> signals,
        @Schema(description = "Wording by language; en and de are both required, at most 500 characters each", example = "{\"en\": \"Share the roadmap slide you showed the board.\", \"de\": \"Zeigen Sie die Roadmap-Folie, die Sie dem Vorstand gezeigt haben.\"}") Map<String, String> text) {
}
